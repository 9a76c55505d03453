package dev.waypoint.jira.rest.offender;

import dev.waypoint.objective.ObjectiveRepository;

/** A "resource" that reads storage itself, which the architecture test must report; test code only. */
public final class RestOffender {

    private final ObjectiveRepository objectives;

    public RestOffender(ObjectiveRepository objectives) {
        this.objectives = objectives;
    }

    public int count() {
        return objectives.hashCode();
    }
}
