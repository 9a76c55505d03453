package dev.waypoint.kpi;

import dev.waypoint.kpi.search.DateFields;
import dev.waypoint.kpi.search.IssueSearch;
import dev.waypoint.kpi.search.UserDirectory;
import dev.waypoint.shared.Limits;
import dev.waypoint.shared.MessageCatalog;
import dev.waypoint.shared.Problems;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.TextRules;
import dev.waypoint.shared.UserKey;
import dev.waypoint.shared.Weight;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Checks a {@link KpiSource} with field messages under {@code source.*}: texts and numbers first, then what only Jira
 * knows. JQL is validated through {@link IssueSearch#validate} as the KPI owner (only when the owner is valid), and
 * each of Jira's messages is reported on its field; groups and project roles must exist; the date fields of a
 * DURATION must be date fields Jira knows ({@link DateFields}); composite children must exist, be distinct, make no
 * loop and belong to the composite's project or to none, so that its value shows nothing its viewers may not see.
 */
final class KpiSourceValidator {

    private static final MessageCatalog MESSAGES = KpiMessages.CATALOG;

    private final IssueSearch search;
    private final UserDirectory users;
    private final DateFields dateFields;

    KpiSourceValidator(IssueSearch search, UserDirectory users, DateFields dateFields) {
        this.search = Objects.requireNonNull(search, "'search' must not be null");
        this.users = Objects.requireNonNull(users, "'users' must not be null");
        this.dateFields = Objects.requireNonNull(dateFields, "'dateFields' must not be null");
    }

    /**
     * @param self     the KPI being updated, {@code null} when creating
     * @param project  the KPI's project, {@code null} for a global KPI
     * @param naming   which KPIs a composite may combine: those {@link KpiGraph#exists} reports, and those
     *                 {@link KpiNaming#ofItsScopeOnly} names only of {@code project} or global
     * @param runAs    the owner as whom JQL is validated, {@code null} when the owner is invalid (JQL is then only
     *                 checked as text)
     */
    void check(Problems problems, KpiSource source, KpiId self, ProjectKey project, KpiNaming naming, UserKey runAs,
            KpiGraph graph) {
        if (!MESSAGES.require(problems, source != null, "source", "waypoint.kpi.source.required")) {
            return;
        }
        switch (source) {
            case KpiSource.JqlCount s -> jql(problems, "source.jql", s.jql(), runAs);
            case KpiSource.JqlRatio s -> {
                jql(problems, "source.numeratorJql", s.numeratorJql(), runAs);
                jql(problems, "source.denominatorJql", s.denominatorJql(), runAs);
            }
            case KpiSource.PerAgent s -> {
                jql(problems, "source.jql", s.jql(), runAs);
                agents(problems, s.agents());
            }
            case KpiSource.Duration s -> duration(problems, s, runAs);
            case KpiSource.Manual s -> {
                // nothing to check: values are entered
            }
            case KpiSource.Composite s -> composite(problems, s, self, project, naming, graph);
        }
    }

    /** Checks a query as text: given, at most {@link Limits#JQL} characters, no control characters. */
    boolean queryText(Problems problems, String field, String jql) {
        return TextRules.optionalText(MESSAGES, problems, field, "waypoint.kpi.jql", jql, Limits.JQL)
                && MESSAGES.require(problems, jql != null && !jql.isBlank(), field, "waypoint.kpi.jql.required");
    }

    private void jql(Problems problems, String field, String jql, UserKey runAs) {
        boolean text = queryText(problems, field, jql);
        if (text && runAs != null) {
            for (String jiraMessage : search.validate(jql, runAs)) {
                MESSAGES.add(problems, field, "waypoint.kpi.jql.rejected", jiraMessage);
            }
        }
    }

    private void agents(Problems problems, AgentSelection agents) {
        switch (agents) {
            case null -> MESSAGES.add(problems, "source.agents", "waypoint.kpi.agents.required");
            case AgentSelection.Group g -> {
                if (MESSAGES.require(problems, g.name() != null && !g.name().isBlank(), "source.group",
                        "waypoint.kpi.group.required")) {
                    MESSAGES.require(problems, users.groupExists(g.name()), "source.group",
                            "waypoint.kpi.group.unknown", g.name());
                }
            }
            case AgentSelection.ProjectRole r -> {
                boolean project = MESSAGES.require(problems, r.project() != null, "source.project",
                        "waypoint.kpi.roleProject.required");
                boolean role = MESSAGES.require(problems, r.role() != null && !r.role().isBlank(), "source.role",
                        "waypoint.kpi.role.required");
                if (project && role) {
                    MESSAGES.require(problems, users.projectRoleExists(r.project(), r.role()), "source.role",
                            "waypoint.kpi.role.unknown", r.project(), r.role());
                }
            }
            case AgentSelection.Assignees a -> {
                // discovered from the results at every refresh
            }
        }
    }

    private void duration(Problems problems, KpiSource.Duration s, UserKey runAs) {
        jql(problems, "source.jql", s.jql(), runAs);
        boolean from = dateField(problems, "source.fromField", s.fromField());
        boolean to = dateField(problems, "source.toField", s.toField());
        if (from && to) {
            MESSAGES.require(problems, !s.fromField().strip().equalsIgnoreCase(s.toField().strip()),
                    "source.toField", "waypoint.kpi.field.same");
        }
        MESSAGES.require(problems, s.statistic() != null, "source.statistic", "waypoint.kpi.statistic.required");
        MESSAGES.require(problems, s.sampleCap() >= 1 && s.sampleCap() <= KpiSource.Duration.MAX_SAMPLE_CAP,
                "source.sampleCap", "waypoint.kpi.sampleCap.outOfRange", KpiSource.Duration.MAX_SAMPLE_CAP,
                s.sampleCap());
    }

    private boolean dateField(Problems problems, String field, String name) {
        return TextRules.requireLine(MESSAGES, problems, field, "waypoint.kpi.field", name, Limits.TITLE)
                && MESSAGES.require(problems, dateFields.isDateField(name.strip()), field, "waypoint.kpi.field.unknown",
                        name.strip());
    }

    private static void composite(Problems problems, KpiSource.Composite s, KpiId self, ProjectKey project,
            KpiNaming naming, KpiGraph graph) {
        MESSAGES.require(problems, s.aggregation() != null, "source.aggregation", "waypoint.kpi.aggregation.required");
        List<CompositeChild> children = s.children();
        if (!MESSAGES.require(problems, !children.isEmpty(), "source.children", "waypoint.kpi.children.required")
                || !MESSAGES.require(problems, children.size() <= KpiSource.Composite.MAX_CHILDREN, "source.children",
                        "waypoint.kpi.children.tooMany", KpiSource.Composite.MAX_CHILDREN, children.size())) {
            return;
        }
        Set<KpiId> seen = new HashSet<>();
        for (int i = 0; i < children.size(); i++) {
            CompositeChild child = children.get(i);
            String field = "source.children[" + i + "]";
            if (!Weight.isValid(child.weight())) {
                MESSAGES.add(problems, field + ".weight", "waypoint.kpi.child.weight", Weight.MAX, child.weight());
            }
            KpiId id = child.kpiId();
            if (!MESSAGES.require(problems, id != null, field + ".kpiId", "waypoint.kpi.child.required")
                    || !MESSAGES.require(problems, seen.add(id), field + ".kpiId", "waypoint.kpi.child.duplicate", id)
                    || !MESSAGES.require(problems, id.equals(self) || graph.exists(id), field + ".kpiId",
                            "waypoint.kpi.child.notFound", id)) {
                continue;
            }
            if (MESSAGES.require(problems, !graph.childMakesLoop(self, id), field + ".kpiId",
                    "waypoint.kpi.child.loop", id) && naming.ofItsScopeOnly().test(id) && !id.equals(self)) {
                ProjectKey childProject = graph.get(id).project();
                MESSAGES.require(problems, childProject == null || childProject.equals(project), field + ".kpiId",
                        "waypoint.kpi.child.scope", id, childProject);
            }
        }
    }
}
