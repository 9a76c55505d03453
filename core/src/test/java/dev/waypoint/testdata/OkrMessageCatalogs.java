package dev.waypoint.testdata;

import dev.waypoint.app.AppMessages;
import dev.waypoint.checkin.CheckInMessages;
import dev.waypoint.closing.CycleClosingMessages;
import dev.waypoint.cycle.CycleMessages;
import dev.waypoint.initiative.InitiativeMessages;
import dev.waypoint.keyresult.KeyResultMessages;
import dev.waypoint.objective.ObjectiveMessages;
import dev.waypoint.scoring.ScoringMessages;
import dev.waypoint.shared.MessageCatalog;
import dev.waypoint.shared.TextMessages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every i18n key the OKR features raise, with its English pattern, for the jira-plugin's bundle test (through core's
 * test-jar). {@code waypoint.error.stale} of {@code ConflictException.staleVersion} is not in a catalog.
 */
public final class OkrMessageCatalogs {

    public static final List<MessageCatalog> ALL = List.of(CycleMessages.CATALOG, CycleClosingMessages.CATALOG,
            ObjectiveMessages.CATALOG, KeyResultMessages.CATALOG, CheckInMessages.CATALOG, InitiativeMessages.CATALOG,
            ScoringMessages.CATALOG, AppMessages.CATALOG, TextMessages.CATALOG);

    private OkrMessageCatalogs() {
    }

    /** Every key with its English pattern, in catalog order. */
    public static Map<String, String> patterns() {
        Map<String, String> patterns = new LinkedHashMap<>();
        ALL.forEach(catalog -> patterns.putAll(catalog.patterns()));
        return patterns;
    }
}
