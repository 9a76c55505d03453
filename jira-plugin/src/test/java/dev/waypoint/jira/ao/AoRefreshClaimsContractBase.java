package dev.waypoint.jira.ao;

import static dev.waypoint.kpi.testdata.KpiTestData.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.refresh.RefreshClaims;
import dev.waypoint.refresh.RefreshClaimsContract;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Core's {@link RefreshClaimsContract} on real Active Objects over one database (the subclass's
 * {@link AoDatabaseExtension}); the second node is a second {@link AoRefreshClaims} on the same Active Objects. Plus
 * the statements a claim costs there: it never reads the claim first.
 */
abstract class AoRefreshClaimsContractBase extends RefreshClaimsContract {

    /** The database, registered by the subclass as a static {@code @RegisterExtension}. */
    protected abstract AoDatabaseExtension database();

    /** Statements of a taken and of a refused claim on this database. */
    protected abstract int[] takenAndRefusedStatements();

    @Override
    protected RefreshClaims createClaims() {
        return new AoRefreshClaims(database().ao());
    }

    @Override
    protected RefreshClaims createClaimsOnSameStore() {
        return new AoRefreshClaims(database().ao());
    }

    @Test
    void givenAClaim_claimingItAndBeingRefused_takeTheDatabasesFixedStatements() {
        RefreshClaims claims = createClaims();
        database().database().statements().reset();
        assertThat(claims.claim("kpi:1", 1, NOW, Duration.ofMinutes(1))).isTrue();
        int taken = database().database().statements().count();
        database().database().statements().reset();
        assertThat(claims.claim("kpi:1", 1, NOW.plusSeconds(1), Duration.ofMinutes(1))).isFalse();
        int refused = database().database().statements().count();

        assertThat(new int[] {taken, refused}).containsExactly(takenAndRefusedStatements());
    }
}
