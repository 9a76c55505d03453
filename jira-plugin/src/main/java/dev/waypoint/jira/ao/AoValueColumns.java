package dev.waypoint.jira.ao;

import net.java.ao.schema.StringLength;

/**
 * The columns of one KPI value, shared by the history ({@link AoKpiValue}) and the latest value of each KPI
 * ({@link AoKpiLatest}); Active Objects maps the getters an entity inherits like its own.
 */
public interface AoValueColumns {

    int getKpiId();

    void setKpiId(int kpiId);

    long getAtMillis();

    void setAtMillis(long atMillis);

    Double getNumericValue();

    void setNumericValue(Double value);

    @StringLength(StringLength.UNLIMITED)
    String getBreakdown();

    void setBreakdown(String breakdownJson);

    @StringLength(32)
    String getErrorCode();

    void setErrorCode(String errorCode);

    @StringLength(StringLength.UNLIMITED)
    String getErrorDetail();

    void setErrorDetail(String errorDetail);
}
