package dev.waypoint.jira.rest.kpi;

import com.atlassian.annotations.security.LicensedOnly;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiErrorCode;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.kpi.KpiValueRepository;
import dev.waypoint.refresh.KpiEvaluator;
import dev.waypoint.refresh.RefreshSettingsSource;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /rest/waypoint/1.0/kpis/{id}/refresh}: "refresh now" of one KPI, evaluated at once as the refresh job
 * would (its queries run as the KPI's owner, a composite combines its children's latest values) and recorded as its
 * newest value, or as an error value when Jira refuses a query.
 */
@Path("/kpis/{id}/refresh")
@Produces(MediaType.APPLICATION_JSON)
public class KpiRefreshResource {

    private static final Logger LOG = LoggerFactory.getLogger(KpiRefreshResource.class);

    private final KpiGuard guard;
    private final KpiEvaluator evaluator;
    private final KpiValueRepository values;
    private final RefreshSettingsSource settings;
    private final KpiViews views;

    @Inject
    public KpiRefreshResource(KpiGuard guard, KpiEvaluator evaluator, KpiValueRepository values,
            RefreshSettingsSource settings, KpiViews views) {
        this.guard = guard;
        this.evaluator = evaluator;
        this.values = values;
        this.settings = settings;
        this.views = views;
    }

    /**
     * Evaluates the KPI now. Its owner and the administrators of its scope may (as for every change of the KPI).
     *
     * <ul>
     *   <li>200 the new {@link KpiValueResponse} (a value, or an error saying why there is none)</li>
     *   <li>400 the KPI is MANUAL (field {@code source}), or {@code id} is not an id</li>
     *   <li>401 / 403 not logged in / not allowed</li>
     *   <li>404 no such KPI, or the caller may not see it</li>
     * </ul>
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public KpiValueResponse refresh(@PathParam("id") String id) {
        Kpi kpi = guard.visibleKpi(id);
        guard.requireManage(kpi);
        if (!kpi.source().isRefreshed()) {
            throw KpiRestMessages.CATALOG.invalid("source", KpiRestMessages.REFRESH_MANUAL);
        }
        Map<KpiId, KpiValue> latest = kpi.compositeChildren().isEmpty() ? Map.of()
                : values.findLatest(kpi.compositeChildren());
        Instant now = guard.clock().instant();
        KpiValue value;
        try {
            value = evaluator.evaluate(kpi, now, latest, settings.current());
        } catch (RuntimeException unexpected) {
            LOG.error("Waypoint: refreshing KPI {} failed", kpi.id(), unexpected);
            value = KpiValue.failed(kpi.id(), now, KpiErrorCode.INTERNAL, unexpected.getClass().getSimpleName());
        }
        return views.value(values.append(value), kpi.bands());
    }
}
