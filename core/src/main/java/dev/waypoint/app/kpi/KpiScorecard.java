package dev.waypoint.app.kpi;

import dev.waypoint.kpi.KpiCard;
import dev.waypoint.kpi.KpiId;
import java.util.List;

/**
 * The read model of the "KPI scorecard" dashboard item.
 *
 * @param cards   the KPIs the viewer may see, in the order asked, each with its latest value, health, trend and history
 * @param missing KPIs asked for by id that do not exist or that the viewer may not see (the two are not told apart)
 */
public record KpiScorecard(List<KpiCard> cards, List<KpiId> missing) {

    public KpiScorecard {
        cards = List.copyOf(cards);
        missing = List.copyOf(missing);
    }
}
