package dev.waypoint.jira.ao;

import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link AoRefreshClaimsContractBase} over HSQLDB: a taken claim is 3 statements (the conditional DELETE, the INSERT,
 * AO's read of the new id), a refused one 2 (the INSERT the unique index refuses ends the transaction).
 */
class AoRefreshClaimsContractTest extends AoRefreshClaimsContractBase {

    @RegisterExtension
    static final AoDatabaseExtension DATABASE = AoDatabaseExtension.hsqldb();

    @Override
    protected AoDatabaseExtension database() {
        return DATABASE;
    }

    @Override
    protected int[] takenAndRefusedStatements() {
        return new int[] {3, 2};
    }
}
