package dev.waypoint.app;

import dev.waypoint.shared.MessageCatalog;

/** The i18n message keys of the application layer (rules that join features) with their English patterns. */
public final class AppMessages {

    public static final String KPI_UNKNOWN = "waypoint.app.kpi.unknown";

    public static final MessageCatalog CATALOG = MessageCatalog.of(
            KPI_UNKNOWN, "There is no KPI {0} that you can see");

    private AppMessages() {
    }
}
