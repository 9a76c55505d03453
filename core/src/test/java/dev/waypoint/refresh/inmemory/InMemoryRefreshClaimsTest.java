package dev.waypoint.refresh.inmemory;

import dev.waypoint.refresh.RefreshClaims;
import dev.waypoint.refresh.RefreshClaimsContract;

class InMemoryRefreshClaimsTest extends RefreshClaimsContract {

    @Override
    protected RefreshClaims createClaims() {
        return new InMemoryRefreshClaims();
    }
}
