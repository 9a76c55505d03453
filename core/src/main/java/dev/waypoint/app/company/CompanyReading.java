package dev.waypoint.app.company;

import dev.waypoint.access.Permissions;
import dev.waypoint.app.okr.Disclosure;
import dev.waypoint.app.okr.OkrAccess;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.cycle.CycleRepository;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.scoring.ScoringSettingsSource;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.UserKey;
import dev.waypoint.shared.UserNames;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What every read of the company page needs: the storage, the viewer and the rules of what they see, the admin's
 * scoring settings, the users' display names and today. Shared by {@link CompanyPageQuery},
 * {@link CompanyChildrenQuery} and {@link CompanySearchQuery}.
 */
public final class CompanyReading {

    private final CycleRepository cycles;
    private final CompanyReadRepository reads;
    private final OkrAccess access;
    private final Disclosure disclosure;
    private final ScoringSettingsSource settings;
    private final UserNames userNames;
    private final Clock clock;

    public CompanyReading(CycleRepository cycles, CompanyReadRepository reads, OkrAccess access, Disclosure disclosure,
            ScoringSettingsSource settings, UserNames userNames, Clock clock) {
        this.cycles = Objects.requireNonNull(cycles, "'cycles' must not be null");
        this.reads = Objects.requireNonNull(reads, "'reads' must not be null");
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.disclosure = Objects.requireNonNull(disclosure, "'disclosure' must not be null");
        this.settings = Objects.requireNonNull(settings, "'settings' must not be null");
        this.userNames = Objects.requireNonNull(userNames, "'userNames' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
    }

    CycleRepository cycles() {
        return cycles;
    }

    CompanyReadRepository reads() {
        return reads;
    }

    /** The scope-level policy, for what the page offers (create company objectives, manage cycles). */
    Permissions permissions() {
        return access.permissions().scopes();
    }

    Optional<UserKey> viewer() {
        return access.viewer();
    }

    /** @throws dev.waypoint.access.AccessDeniedException 401 for nobody, 403 without licence */
    void requireLicensed() {
        access.requireLicensed();
    }

    /** @throws NotFoundException if there is no such cycle */
    Cycle cycle(CycleId id) {
        return cycles.findById(id).orElseThrow(() -> new NotFoundException("Cycle", id));
    }

    /**
     * The company tree of {@code data} for the current viewer: only objectives they may see, and key results whose
     * numbers derive from what they may not see ({@link Disclosure}) counted nowhere.
     */
    CompanyTree tree(Cycle cycle, CompanyCycleData data) {
        ObjectiveAccess objectives = new ObjectiveAccess(access);
        List<Objective> visible = data.objectives().stream().filter(objectives::canView).toList();
        Set<ObjectiveId> visibleIds = visible.stream().map(Objective::id).collect(Collectors.toSet());
        Disclosure.Verdict verdict = disclosure.forViewer(data.keyResults().stream()
                .filter(k -> visibleIds.contains(k.objectiveId())).toList(), visible);
        return new CompanyTree(cycle, data, settings.current(), LocalDate.now(clock), objectives, verdict::shows);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The nodes with their owners' display names (and those of their loaded children), in one lookup. */
    List<CompanyNode> named(List<CompanyNode> nodes) {
        List<UserKey> owners = nodes.stream()
                .flatMap(node -> java.util.stream.Stream.concat(java.util.stream.Stream.of(node),
                        node.children().stream()))
                .map(node -> node.objective().owner()).filter(Objects::nonNull).distinct().toList();
        Map<UserKey, String> names = owners.isEmpty() ? Map.of() : userNames.displayNames(owners);
        return nodes.stream().map(node -> name(node, names)).toList();
    }

    private static CompanyNode name(CompanyNode node, Map<UserKey, String> names) {
        UserKey owner = node.objective().owner();
        return node.withOwnerName(owner == null ? null : names.get(owner))
                .withChildren(node.children().stream().map(child -> name(child, names)).toList());
    }
}
