package dev.waypoint.jira.ao;

import net.java.ao.RawEntity;

/**
 * Every Active Objects entity of the app, in the order they can be migrated. The {@code <ao>} module of
 * atlassian-plugin.xml lists the same entities (the descriptor contract test compares the two).
 */
public final class AoSchema {

    @SuppressWarnings("unchecked")
    public static final Class<? extends RawEntity<?>>[] ENTITIES = new Class[] {
        AoCycle.class,
        AoObjective.class,
        AoKeyResult.class,
        AoCheckIn.class,
        AoInitiative.class,
        AoKpi.class,
        AoKpiValue.class,
        AoKpiLatest.class,
        AoKpiTargetChange.class,
        AoKrRefresh.class,
        AoClaim.class,
    };

    private AoSchema() {
    }
}
