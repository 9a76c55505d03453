package dev.waypoint.kpi.testdata;

import dev.waypoint.insight.InsightMessages;
import dev.waypoint.kpi.KpiMessages;
import dev.waypoint.refresh.RefreshMessages;
import dev.waypoint.shared.MessageCatalog;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every i18n key the KPI, refresh and insight features raise ({@code waypoint.kpi.*}, {@code waypoint.refresh.*},
 * {@code waypoint.insight.*}) with its English pattern, for the jira-plugin's bundle test (through core's test-jar);
 * the sibling of {@code dev.waypoint.testdata.OkrMessageCatalogs}.
 */
public final class KpiMessageCatalogs {

    public static final List<MessageCatalog> ALL = List.of(KpiMessages.CATALOG, RefreshMessages.CATALOG,
            InsightMessages.CATALOG);

    private KpiMessageCatalogs() {
    }

    /** Every key with its English pattern, in catalog order. */
    public static Map<String, String> patterns() {
        Map<String, String> patterns = new LinkedHashMap<>();
        ALL.forEach(catalog -> patterns.putAll(catalog.patterns()));
        return patterns;
    }
}
