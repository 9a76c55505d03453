package dev.waypoint.kpi;

import dev.waypoint.kpi.search.DateFields;
import dev.waypoint.kpi.search.IssueSearch;
import dev.waypoint.kpi.search.UserDirectory;
import dev.waypoint.shared.Limits;
import dev.waypoint.shared.MessageCatalog;
import dev.waypoint.shared.Problems;
import dev.waypoint.shared.TextRules;
import dev.waypoint.shared.UserKey;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Validates a {@link KpiDefinition} completely before anything is written, and raises one
 * {@link dev.waypoint.shared.InvalidInputException} listing every bad field. Input only: who may set what is decided
 * by {@code dev.waypoint.access.KpiPermissions} before a definition gets here.
 *
 * <p>The KPIs a definition names (its parent, a composite's children) are checked against every stored KPI, which the
 * caller reads once and passes in, as {@link KpiNaming} allows (for a user: the KPIs they may see, any other reported
 * as not existing; a composite's children of its own scope).
 */
public final class KpiValidator {

    private static final MessageCatalog MESSAGES = KpiMessages.CATALOG;

    private final UserDirectory users;
    private final KpiSourceValidator sources;
    private final IssueSearch search;

    public KpiValidator(IssueSearch search, UserDirectory users, DateFields dateFields) {
        this.search = Objects.requireNonNull(search, "'search' must not be null");
        this.users = Objects.requireNonNull(users, "'users' must not be null");
        this.sources = new KpiSourceValidator(search, users,
                Objects.requireNonNull(dateFields, "'dateFields' must not be null"));
    }

    /**
     * The KPI {@code definition} describes, with the id and version of {@code existing} (or none when creating).
     *
     * @param stored every stored KPI, for the parent, the children and loops
     * @param naming which stored KPIs the definition may name as parent or child
     * @throws dev.waypoint.shared.InvalidInputException listing every problem
     */
    public Kpi validate(KpiDefinition definition, Kpi existing, Collection<Kpi> stored, KpiNaming naming) {
        Objects.requireNonNull(definition, "'definition' must not be null");
        Objects.requireNonNull(stored, "'stored' must not be null");
        Objects.requireNonNull(naming, "'naming' must not be null");
        Problems problems = new Problems();
        KpiId self = existing == null ? null : existing.id();
        TextRules.requireLine(MESSAGES, problems, "name", "waypoint.kpi.name", definition.name(), Limits.TITLE);
        TextRules.optionalText(MESSAGES, problems, "description", "waypoint.kpi.description",
                definition.description(), Limits.DESCRIPTION);
        TextRules.optionalLine(MESSAGES, problems, "unit", "waypoint.kpi.unit", definition.unit(), Limits.UNIT);
        MESSAGES.require(problems, definition.format() != null, "format", "waypoint.kpi.format.required");
        MESSAGES.require(problems, definition.direction() != null, "direction", "waypoint.kpi.direction.required");
        bounds(problems, definition);
        UserKey runAs = owner(problems, definition.owner());
        refreshMinutes(problems, definition.refreshMinutes());
        KpiGraph graph = new KpiGraph(stored, id -> id.equals(self) || naming.nameable().test(id));
        parent(problems, definition.parentId(), self, graph);
        sources.check(problems, definition.source(), self, definition.project(), naming, runAs, graph);
        problems.throwIfAny();
        return definition.toKpi(self, existing == null ? 0 : existing.version());
    }

    /**
     * Jira's verdict on the queries of {@code source}, checked as {@code runAs} (the user they would run as), by the
     * field of each query; writes nothing. Every query must be given and be valid text first.
     *
     * @return Jira's messages by field ({@code source.jql} ...), in the order of the source's queries; empty when
     *         Jira accepts every query or the source runs none
     * @throws dev.waypoint.shared.InvalidInputException no source, or a query missing, too long or with control
     *                                                   characters
     */
    public Map<String, List<String>> jiraVerdict(KpiSource source, UserKey runAs) {
        Objects.requireNonNull(runAs, "'runAs' must not be null");
        Problems problems = new Problems();
        if (MESSAGES.require(problems, source != null, "source", "waypoint.kpi.source.required")) {
            source.queries().forEach((field, jql) -> sources.queryText(problems, field, jql));
        }
        problems.throwIfAny();
        Map<String, List<String>> verdict = new LinkedHashMap<>();
        source.queries().forEach((field, jql) -> {
            List<String> messages = search.validate(jql, runAs);
            if (!messages.isEmpty()) {
                verdict.put(field, List.copyOf(messages));
            }
        });
        return verdict;
    }

    private static void bounds(Problems problems, KpiDefinition d) {
        Double target = d.target();
        boolean targetOk = MESSAGES.require(problems, target != null, "target", "waypoint.kpi.target.required")
                && MESSAGES.require(problems, Kpi.isAcceptedNumber(target), "target", "waypoint.kpi.target.notANumber",
                        Kpi.MAX_MAGNITUDE, target);
        Double warning = d.warning();
        if (warning == null || !MESSAGES.require(problems, Kpi.isAcceptedNumber(warning), "warning",
                "waypoint.kpi.warning.notANumber", Kpi.MAX_MAGNITUDE, warning)) {
            return;
        }
        if (targetOk && d.direction() != null
                && !HealthBands.isWarningOnUnhealthySide(d.direction(), target, warning)) {
            MESSAGES.add(problems, "warning", d.direction() == KpiDirection.HIGHER_IS_BETTER
                    ? "waypoint.kpi.warning.wrongSideHigher" : "waypoint.kpi.warning.wrongSideLower", warning, target);
        }
    }

    /** Checks the owner; returns the owner as whom JQL may be validated, or {@code null} when it is not valid. */
    private UserKey owner(Problems problems, UserKey owner) {
        boolean valid = MESSAGES.require(problems, owner != null, "owner", "waypoint.kpi.owner.required")
                && MESSAGES.require(problems, users.isActive(owner), "owner", "waypoint.kpi.owner.inactive", owner);
        return valid ? owner : null;
    }

    private static void refreshMinutes(Problems problems, Integer minutes) {
        MESSAGES.require(problems, minutes == null
                        || (minutes >= Kpi.MIN_REFRESH_MINUTES && minutes <= Kpi.MAX_REFRESH_MINUTES),
                "refreshMinutes", "waypoint.kpi.refreshMinutes.outOfRange", Kpi.MIN_REFRESH_MINUTES,
                Kpi.MAX_REFRESH_MINUTES, minutes);
    }

    private static void parent(Problems problems, KpiId parent, KpiId self, KpiGraph graph) {
        if (parent == null) {
            return;
        }
        if (MESSAGES.require(problems, parent.equals(self) || graph.exists(parent), "parentId",
                "waypoint.kpi.parent.notFound", parent)) {
            MESSAGES.require(problems, !parent.equals(self) && !graph.parentMakesLoop(self, parent), "parentId",
                    "waypoint.kpi.parent.loop", parent);
        }
    }
}
