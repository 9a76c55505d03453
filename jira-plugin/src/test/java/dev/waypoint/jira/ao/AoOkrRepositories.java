package dev.waypoint.jira.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.waypoint.testdata.OkrRepositories;

/** The AO implementation of every OKR storage port, on one database, for core's repository contracts. */
final class AoOkrRepositories {

    private AoOkrRepositories() {
    }

    static OkrRepositories on(ActiveObjects ao) {
        return new OkrRepositories(new AoCycleRepository(ao), new AoObjectiveRepository(ao),
                new AoKeyResultRepository(ao), new AoCheckInRepository(ao), new AoInitiativeRepository(ao),
                new AoOkrReadRepository(ao));
    }
}
