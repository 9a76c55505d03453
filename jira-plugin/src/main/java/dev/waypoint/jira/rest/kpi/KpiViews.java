package dev.waypoint.jira.rest.kpi;

import dev.waypoint.jira.rest.Translator;
import dev.waypoint.kpi.AgentRow;
import dev.waypoint.kpi.HealthBands;
import dev.waypoint.kpi.KpiCard;
import dev.waypoint.kpi.KpiError;
import dev.waypoint.kpi.KpiHealth;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.refresh.RefreshMessages;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** Maps KPI values to their JSON, with error reasons in the caller's language. Pure but for the translation. */
@Component
public class KpiViews {

    private final Translator translator;

    @Inject
    public KpiViews(Translator translator) {
        this.translator = Objects.requireNonNull(translator, "'translator' must not be null");
    }

    /** A value with its health by {@code bands}; {@code null} for {@code null}. */
    public KpiValueResponse value(KpiValue value, HealthBands bands) {
        if (value == null) {
            return null;
        }
        return new KpiValueResponse(value.at(), value.value(), KpiHealth.of(bands, value), breakdown(value.breakdown()),
                value.error() == null ? null : error(value.error()));
    }

    /** The latest value of a scorecard card. */
    public KpiValueResponse latest(KpiCard card) {
        return value(card.latest(), card.kpi().bands());
    }

    public KpiErrorResponse error(KpiError error) {
        String key = error.code().messageKey();
        String english = RefreshMessages.CATALOG.format(key, error.detail());
        return new KpiErrorResponse(error.code(), error.detail(), translator.translate(key, List.of(error.detail()),
                english));
    }

    /** The breakdown rows, agents first in their stored order, the unassigned row last. */
    public static List<AgentRowResponse> breakdown(List<AgentRow> rows) {
        return rows.stream()
                .sorted((a, b) -> Boolean.compare(a.isUnassigned(), b.isUnassigned()))
                .map(KpiViews::row)
                .toList();
    }

    /** One breakdown row. */
    public static AgentRowResponse row(AgentRow row) {
        return new AgentRowResponse(row.isUnassigned() ? null : row.agent().value(), row.isUnassigned(), row.count(),
                row.health());
    }
}
