package dev.waypoint.jira.ao;

import dev.waypoint.refresh.RefreshClaims;
import dev.waypoint.refresh.RefreshClaimsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Core's {@link RefreshClaimsContract} on real Active Objects over PostgreSQL (see {@link AoDatabaseExtension}); the second node is a second
 * {@link AoRefreshClaims} on the same Active Objects.
 */
class AoRefreshClaimsContractOnPostgresTest extends RefreshClaimsContract {

    @RegisterExtension
    static final AoDatabaseExtension DATABASE = AoDatabaseExtension.postgresql();

    @Override
    protected RefreshClaims createClaims() {
        return new AoRefreshClaims(DATABASE.ao());
    }

    @Override
    protected RefreshClaims createClaimsOnSameStore() {
        return new AoRefreshClaims(DATABASE.ao());
    }
}
