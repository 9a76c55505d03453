package dev.waypoint.kpi;

import dev.waypoint.kpi.search.IssueSearch;
import dev.waypoint.kpi.search.UserDirectory;
import dev.waypoint.shared.Limits;
import dev.waypoint.shared.MessageCatalog;
import dev.waypoint.shared.Problems;
import dev.waypoint.shared.TextRules;
import dev.waypoint.shared.UserKey;
import java.util.Objects;

/**
 * Validates a {@link KpiDefinition} completely before anything is written, and raises one
 * {@link dev.waypoint.shared.InvalidInputException} listing every bad field.
 *
 * <p>Security rule (DESIGN §5): a KPI's queries run as its owner, so only the owner or an administrator may set the
 * source or the owner of a query-backed KPI; otherwise someone could publish counts only the owner may see.
 */
public final class KpiValidator {

    private static final MessageCatalog MESSAGES = KpiMessages.CATALOG;

    private final KpiRepository kpis;
    private final UserDirectory users;
    private final ScopeAccess access;
    private final KpiSourceValidator sources;

    public KpiValidator(KpiRepository kpis, IssueSearch search, UserDirectory users, ScopeAccess access) {
        this.kpis = Objects.requireNonNull(kpis, "'kpis' must not be null");
        this.users = Objects.requireNonNull(users, "'users' must not be null");
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.sources = new KpiSourceValidator(search, users);
    }

    /**
     * The KPI {@code definition} describes, with the id and version of {@code existing} (or none when creating).
     *
     * @throws dev.waypoint.shared.InvalidInputException listing every problem
     */
    public Kpi validate(UserKey actor, KpiDefinition definition, Kpi existing) {
        Objects.requireNonNull(actor, "'actor' must not be null");
        Objects.requireNonNull(definition, "'definition' must not be null");
        Problems problems = new Problems();
        KpiId self = existing == null ? null : existing.id();
        TextRules.requireLine(MESSAGES, problems, "name", "waypoint.kpi.name", definition.name(), Limits.TITLE);
        TextRules.optionalText(MESSAGES, problems, "description", "waypoint.kpi.description",
                definition.description(), Limits.DESCRIPTION);
        TextRules.optionalText(MESSAGES, problems, "unit", "waypoint.kpi.unit", definition.unit(), Limits.UNIT);
        MESSAGES.require(problems, definition.format() != null, "format", "waypoint.kpi.format.required");
        MESSAGES.require(problems, definition.direction() != null, "direction", "waypoint.kpi.direction.required");
        bounds(problems, definition);
        UserKey runAs = owner(problems, actor, definition, existing);
        refreshMinutes(problems, definition.refreshMinutes());
        KpiGraph graph = new KpiGraph(kpis.findAll());
        parent(problems, definition.parentId(), self, graph);
        sources.check(problems, definition.source(), self, runAs, graph);
        problems.throwIfAny();
        return definition.toKpi(self, existing == null ? 0 : existing.version());
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

    /** Checks the owner; returns the owner as whom JQL may be validated, or {@code null}. */
    private UserKey owner(Problems problems, UserKey actor, KpiDefinition d, Kpi existing) {
        UserKey owner = d.owner();
        if (!MESSAGES.require(problems, owner != null, "owner", "waypoint.kpi.owner.required")
                || !MESSAGES.require(problems, users.isActive(owner), "owner", "waypoint.kpi.owner.inactive", owner)) {
            return null;
        }
        boolean runsQueries = d.source() != null && d.source().isRefreshed()
                && !(d.source() instanceof KpiSource.Composite);
        boolean queryChanged = existing == null || !existing.owner().equals(owner)
                || !Objects.equals(existing.source(), d.source());
        if (runsQueries && queryChanged && !actor.equals(owner) && !access.isAdministrator(actor)) {
            MESSAGES.add(problems, existing != null && existing.owner().equals(owner) ? "source" : "owner",
                    "waypoint.kpi.owner.notPermitted", owner);
            return null;
        }
        return owner;
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
        if (MESSAGES.require(problems, parent.equals(self) || graph.exists(parent), "parent",
                "waypoint.kpi.parent.notFound", parent)) {
            MESSAGES.require(problems, !parent.equals(self) && !graph.parentMakesLoop(self, parent), "parent",
                    "waypoint.kpi.parent.loop", parent);
        }
    }
}
