package dev.waypoint.app.dashboard;

import dev.waypoint.shared.MessageCatalog;

/** The i18n message keys of the dashboard items' use cases ({@code waypoint.dashboard.*}) with their English text. */
public final class DashboardMessages {

    public static final String NOT_PER_AGENT = "waypoint.dashboard.error.notPerAgent";

    public static final MessageCatalog CATALOG = MessageCatalog.of(
            NOT_PER_AGENT, "KPI {0} has no breakdown per agent: its source is {1}, not PER_AGENT");

    private DashboardMessages() {
    }
}
