package dev.waypoint.jira.ao;

import static dev.waypoint.kpi.testdata.KpiTestData.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.refresh.RefreshClaims;
import dev.waypoint.refresh.RefreshClaimsContract;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Core's {@link RefreshClaimsContract} on real Active Objects over HSQLDB; the second node is a second
 * {@link AoRefreshClaims} on the same Active Objects.
 */
class AoRefreshClaimsContractTest extends RefreshClaimsContract {

    @RegisterExtension
    static final AoDatabaseExtension DATABASE = AoDatabaseExtension.hsqldb();

    @Override
    protected RefreshClaims createClaims() {
        return new AoRefreshClaims(DATABASE.ao());
    }

    /**
     * A claim never reads first: a taken claim is 3 statements (the conditional DELETE, the INSERT, AO's read of the
     * new id), a refused one 2 (the INSERT the unique index refuses ends the transaction).
     */
    @Test
    void givenAClaim_claimingItAndBeingRefused_takeThreeAndTwoStatements() {
        RefreshClaims claims = createClaims();
        DATABASE.database().statements().reset();
        assertThat(claims.claim("kpi:1", 1, NOW, Duration.ofMinutes(1))).isTrue();
        int taken = DATABASE.database().statements().count();
        DATABASE.database().statements().reset();
        assertThat(claims.claim("kpi:1", 1, NOW.plusSeconds(1), Duration.ofMinutes(1))).isFalse();
        int refused = DATABASE.database().statements().count();

        assertThat(taken).isEqualTo(3);
        assertThat(refused).isEqualTo(2);
    }

    @Override
    protected RefreshClaims createClaimsOnSameStore() {
        return new AoRefreshClaims(DATABASE.ao());
    }
}
