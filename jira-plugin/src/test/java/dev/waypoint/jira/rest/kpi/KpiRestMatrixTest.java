package dev.waypoint.jira.rest.kpi;

import dev.waypoint.jira.rest.support.PermissionMatrixTest;
import dev.waypoint.jira.rest.support.RestHarness;

/**
 * A permission matrix over the KPI half of the REST API deployed on a {@link KpiRestWorld}, put back to
 * {@link KpiFixture}'s data before every request: a feature's matrix names its resources and lists its rows.
 */
public abstract class KpiRestMatrixTest extends PermissionMatrixTest {

    private final KpiRestWorld world = new KpiRestWorld();

    @Override
    protected final RestHarness harness() {
        return world.harness();
    }

    @Override
    protected final void resetFixture(RestHarness harness) {
        KpiFixture.install(world);
    }

    /** The world the rows run on, for rows that add data after the fixture was put back. */
    protected final KpiRestWorld world() {
        return world;
    }
}
