package dev.waypoint.app.company;

import dev.waypoint.access.CurrentUser;
import dev.waypoint.access.Permissions;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.cycle.CycleRepository;
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

/**
 * What every read of the company page needs: the storage, the viewer and the policy, the admin's scoring settings, the
 * users' display names and today. Shared by {@link CompanyPageQuery}, {@link CompanyChildrenQuery} and
 * {@link CompanySearchQuery}.
 */
public final class CompanyReading {

    private final CycleRepository cycles;
    private final CompanyReadRepository reads;
    private final Permissions permissions;
    private final CurrentUser currentUser;
    private final ScoringSettingsSource settings;
    private final UserNames userNames;
    private final Clock clock;

    public CompanyReading(CycleRepository cycles, CompanyReadRepository reads, Permissions permissions,
            CurrentUser currentUser, ScoringSettingsSource settings, UserNames userNames, Clock clock) {
        this.cycles = Objects.requireNonNull(cycles, "'cycles' must not be null");
        this.reads = Objects.requireNonNull(reads, "'reads' must not be null");
        this.permissions = Objects.requireNonNull(permissions, "'permissions' must not be null");
        this.currentUser = Objects.requireNonNull(currentUser, "'currentUser' must not be null");
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

    Permissions permissions() {
        return permissions;
    }

    Optional<UserKey> viewer() {
        return currentUser.key();
    }

    /** @throws dev.waypoint.access.AccessDeniedException 401 for nobody, 403 without licence */
    void requireLicensed() {
        permissions.requireLicensed(viewer());
    }

    /** @throws NotFoundException if there is no such cycle */
    Cycle cycle(CycleId id) {
        return cycles.findById(id).orElseThrow(() -> new NotFoundException("Cycle", id));
    }

    /** The company tree of {@code data} for the current viewer. */
    CompanyTree tree(Cycle cycle, CompanyCycleData data) {
        return new CompanyTree(cycle, data, settings.current(), LocalDate.now(clock),
                new ObjectiveAccess(permissions, viewer()));
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
