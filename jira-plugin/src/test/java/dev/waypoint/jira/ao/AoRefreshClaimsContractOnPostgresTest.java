package dev.waypoint.jira.ao;

import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link AoRefreshClaimsContractBase} over PostgreSQL (see {@link AoDatabaseExtension}): taken or refused, a claim is 3
 * statements (the conditional DELETE, AO's NEXTVAL of the id sequence, the INSERT the unique index accepts or refuses).
 */
class AoRefreshClaimsContractOnPostgresTest extends AoRefreshClaimsContractBase {

    @RegisterExtension
    static final AoDatabaseExtension DATABASE = AoDatabaseExtension.postgresql();

    @Override
    protected AoDatabaseExtension database() {
        return DATABASE;
    }

    @Override
    protected int[] takenAndRefusedStatements() {
        return new int[] {3, 3};
    }
}
