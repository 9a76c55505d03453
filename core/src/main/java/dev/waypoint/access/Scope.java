package dev.waypoint.access;

import dev.waypoint.shared.ProjectKey;
import java.util.Objects;

/**
 * Where an item lives, which decides who may see and change it (DESIGN §5): the whole company, or one Jira project.
 * An item with a project (a team objective, a project KPI) is in that project's scope; an item without one (a
 * company objective, a global KPI) is in the company scope.
 */
public sealed interface Scope {

    /** The company scope: company objectives and global KPIs. */
    Scope COMPANY = new Company();

    static Scope project(ProjectKey key) {
        return new Project(key);
    }

    /** The scope of an item with an optional project: that project's scope, or the company's without one. */
    static Scope of(ProjectKey projectOrNull) {
        return projectOrNull == null ? COMPANY : new Project(projectOrNull);
    }

    /** Company objectives, global KPIs. */
    record Company() implements Scope {

        @Override
        public String toString() {
            return "COMPANY";
        }
    }

    /** Items of one Jira project: team objectives, project KPIs. */
    record Project(ProjectKey key) implements Scope {

        public Project {
            Objects.requireNonNull(key, "'key' must not be null");
        }

        @Override
        public String toString() {
            return "PROJECT(" + key + ")";
        }
    }
}
