package dev.waypoint.jira.rest.support;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The permission matrix of some resources: extend it once per feature, name the resource classes it covers, deploy
 * them in a harness and list one row per endpoint (more if the answer depends on the item, e.g. team and company
 * objectives). Each row runs as the seven {@link dev.waypoint.access.Role}s; an endpoint of a covered class without a
 * row fails, and {@code PermissionMatrixCoverageTest} fails for a production resource class that no matrix covers.
 *
 * <pre>{@code
 * class MePermissionMatrixTest extends PermissionMatrixTest {
 *     protected Set<Class<?>> coveredResources() { return Set.of(MeResource.class); }
 *     protected RestHarness harness() {
 *         return RestHarness.of(h -> List.of(new MeResource(new MeQuery(h.currentUser(), h.permissions()))));
 *     }
 *     protected void rows(PermissionMatrix matrix, RestHarness harness) {
 *         matrix.row(RestRequest.get("/me"), Expect.loggedIn(200));
 *     }
 * }
 * }</pre>
 *
 * Subclasses need a no-argument constructor (the coverage test instantiates them to ask what they cover).
 */
public abstract class PermissionMatrixTest {

    /** The resource classes whose every resource method needs a row. */
    public abstract Set<Class<?>> coveredResources();

    /** A new, not yet started harness deploying the covered resources. */
    protected abstract RestHarness harness();

    /** Adds the rows; the fixture has been reset once before. */
    protected abstract void rows(PermissionMatrix matrix, RestHarness harness);

    /** Puts the data the rows use back to its initial state; runs before every single request. */
    protected void resetFixture(RestHarness harness) {
    }

    @TestFactory
    final Stream<DynamicNode> permissionMatrix() {
        RestHarness harness = harness();
        harness.start();
        resetFixture(harness);
        PermissionMatrix matrix = new PermissionMatrix(harness, coveredResources(), this::resetFixture);
        rows(matrix, harness);
        return matrix.dynamicTests().onClose(harness::stop);
    }
}
