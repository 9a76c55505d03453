package dev.waypoint.access;

import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.UserKey;
import java.util.Objects;
import java.util.Optional;

/**
 * The security model of DESIGN §5 as one pure policy over {@link AccessFacts}. Every {@code canX} answers a question;
 * every {@code requireX} raises {@link AccessDeniedException} (401 for nobody logged in, 403 otherwise) when the
 * answer is no. The viewer is the caller's user key, empty for an anonymous request ({@link CurrentUser#key()}).
 *
 * <p>The rules, for a logged-in, licensed user (anonymous and unlicensed users may do nothing at all):
 * <ul>
 *   <li><b>View</b> project items: Browse Projects on the project. Company items: every licensed user, or, when the
 *       admin restricts them to groups, members of those groups and company managers.</li>
 *   <li><b>Company managers</b> are Jira administrators and members of the configured company group.</li>
 *   <li><b>Project administrators</b> are users with Administer Projects on the project, and Jira administrators
 *       (who may administer every project in Jira too).</li>
 *   <li><b>Edit or create</b> objectives and key results: in a project, the item's owner and the project
 *       administrators; in the company, the company managers. Editing always needs viewing first.</li>
 *   <li><b>Check in</b>: the key result's owner, the objective's owner, and the administrators of the scope (project
 *       administrators, or company managers for company items).</li>
 *   <li><b>KPIs</b>: anyone who may view the KPI's scope sees it and its values. Its owner and the administrators of
 *       the scope manage it. Its JQL, and who owns it, only the owner and Jira administrators may change: values are
 *       computed with the owner's permissions, so nobody may publish counts of issues they cannot see themselves.</li>
 *   <li><b>Cycles</b>: company managers. <b>Waypoint's settings</b>: Jira administrators.</li>
 * </ul>
 * A Jira administrator sees project items only with Browse Projects, like everybody else.
 */
public final class Permissions {

    private final AccessFacts facts;

    public Permissions(AccessFacts facts) {
        this.facts = Objects.requireNonNull(facts, "'facts' must not be null");
    }

    // ---------------------------------------------------------------- viewing

    /** Whether the viewer may see the items of {@code scope} (objectives, key results, check-ins, KPIs). */
    public boolean canView(Optional<UserKey> viewer, Scope scope) {
        return licensed(viewer).map(user -> canView(user, scope)).orElse(false);
    }

    /** @throws AccessDeniedException unless {@link #canView(Optional, Scope)} */
    public void requireView(Optional<UserKey> viewer, Scope scope) {
        requireLicensed(viewer);
        if (!canView(viewer, scope)) {
            throw viewDenied(scope);
        }
    }

    /**
     * For an item addressed by its id: like {@link #requireView}, but a logged-in user who may not see the item gets
     * {@link NotFoundException} (404), so that the answer does not reveal that the item exists.
     *
     * @throws AccessDeniedException if nobody is logged in or the user has no licence
     * @throws NotFoundException     if the user may not view {@code scope}
     */
    public void requireVisible(Optional<UserKey> viewer, Scope scope, String entity, Object id) {
        requireLicensed(viewer);
        if (!canView(viewer, scope)) {
            throw new NotFoundException(entity, id);
        }
    }

    // ---------------------------------------------------------------- objectives and key results

    /**
     * Whether the viewer may change (or delete) an objective or key result of {@code scope} owned by {@code owner}.
     * Creating an item is the same question about the new item's scope and owner.
     *
     * @param owner the item's owner, {@code null} when it has none
     */
    public boolean canEdit(Optional<UserKey> viewer, Scope scope, UserKey owner) {
        return licensed(viewer).map(user -> canView(user, scope) && canEdit(user, scope, owner)).orElse(false);
    }

    /** @throws AccessDeniedException unless {@link #canEdit(Optional, Scope, UserKey)} */
    public void requireEdit(Optional<UserKey> viewer, Scope scope, UserKey owner) {
        requireView(viewer, scope);
        if (!canEdit(viewer, scope, owner)) {
            throw scope instanceof Scope.Project project
                    ? AccessDeniedException.denied(AccessMessages.EDIT_PROJECT, project.key())
                    : AccessDeniedException.denied(AccessMessages.EDIT_COMPANY);
        }
    }

    /**
     * Whether the viewer may record a check-in on a key result.
     *
     * @param scope           the scope of the key result's objective
     * @param keyResultOwner  {@code null} when the key result has no owner
     * @param objectiveOwner  {@code null} when the objective has no owner
     */
    public boolean canCheckIn(Optional<UserKey> viewer, Scope scope, UserKey keyResultOwner, UserKey objectiveOwner) {
        return licensed(viewer)
                .map(user -> canView(user, scope) && (user.equals(keyResultOwner) || user.equals(objectiveOwner)
                        || administersScope(user, scope)))
                .orElse(false);
    }

    /** @throws AccessDeniedException unless {@link #canCheckIn} */
    public void requireCheckIn(Optional<UserKey> viewer, Scope scope, UserKey keyResultOwner,
            UserKey objectiveOwner) {
        requireView(viewer, scope);
        if (!canCheckIn(viewer, scope, keyResultOwner, objectiveOwner)) {
            throw AccessDeniedException.denied(AccessMessages.CHECK_IN);
        }
    }

    /**
     * Whether the viewer administers {@code scope}: a project administrator of the project, or a company manager for
     * the company. They may give items of the scope any owner, and correct or delete anyone's check-ins there.
     */
    public boolean administers(Optional<UserKey> viewer, Scope scope) {
        return licensed(viewer).map(user -> canView(user, scope) && administersScope(user, scope)).orElse(false);
    }

    // ---------------------------------------------------------------- KPIs

    /** Whether the viewer may see a KPI of {@code scope} and its values (aggregates computed as the KPI's owner). */
    public boolean canViewKpiValues(Optional<UserKey> viewer, Scope kpiScope) {
        return canView(viewer, kpiScope);
    }

    /** @throws AccessDeniedException unless {@link #canViewKpiValues} */
    public void requireViewKpiValues(Optional<UserKey> viewer, Scope kpiScope) {
        requireView(viewer, kpiScope);
    }

    /**
     * Whether the viewer may change a KPI's name, targets, bands, parent, refresh interval, enter its manual values or
     * delete it: its owner and the administrators of its scope (project administrators, or company managers for a
     * global KPI). Changing its JQL or its owner needs {@link #canChangeKpiJql} as well.
     */
    public boolean canManageKpi(Optional<UserKey> viewer, Scope kpiScope, UserKey kpiOwner) {
        return licensed(viewer)
                .map(user -> canView(user, kpiScope) && (user.equals(kpiOwner) || administersScope(user, kpiScope)))
                .orElse(false);
    }

    /** @throws AccessDeniedException unless {@link #canManageKpi} */
    public void requireManageKpi(Optional<UserKey> viewer, Scope kpiScope, UserKey kpiOwner) {
        requireView(viewer, kpiScope);
        if (!canManageKpi(viewer, kpiScope, kpiOwner)) {
            throw AccessDeniedException.denied(AccessMessages.KPI_MANAGE);
        }
    }

    /**
     * Whether the viewer may set the JQL of a KPI that is (or will be) owned by {@code kpiOwner}: the refresh job runs
     * the JQL with the owner's permissions, so only the owner themselves or a Jira administrator may decide what it
     * counts. Ask it when creating a KPI (with its new owner), changing its JQL (with its owner) and changing its owner
     * (with the new owner, besides {@link #canManageKpi} with the old one).
     */
    public boolean canChangeKpiJql(Optional<UserKey> viewer, Scope kpiScope, UserKey kpiOwner) {
        return licensed(viewer)
                .map(user -> canView(user, kpiScope) && (user.equals(kpiOwner) || facts.isJiraAdmin(user)))
                .orElse(false);
    }

    /** @throws AccessDeniedException unless {@link #canChangeKpiJql} */
    public void requireChangeKpiJql(Optional<UserKey> viewer, Scope kpiScope, UserKey kpiOwner) {
        requireView(viewer, kpiScope);
        if (!canChangeKpiJql(viewer, kpiScope, kpiOwner)) {
            throw AccessDeniedException.denied(AccessMessages.KPI_JQL);
        }
    }

    /**
     * Whether the viewer may create a KPI in {@code kpiScope} owned by {@code kpiOwner}: as for objectives (its owner
     * or the administrators of the scope; company managers only for a global KPI) and {@link #canChangeKpiJql}.
     */
    public boolean canCreateKpi(Optional<UserKey> viewer, Scope kpiScope, UserKey kpiOwner) {
        return canEdit(viewer, kpiScope, kpiOwner) && canChangeKpiJql(viewer, kpiScope, kpiOwner);
    }

    /** @throws AccessDeniedException unless {@link #canCreateKpi} */
    public void requireCreateKpi(Optional<UserKey> viewer, Scope kpiScope, UserKey kpiOwner) {
        requireEdit(viewer, kpiScope, kpiOwner);
        requireChangeKpiJql(viewer, kpiScope, kpiOwner);
    }

    // ---------------------------------------------------------------- company, cycles, settings

    /** Whether the viewer manages company items: a Jira administrator or a member of the company group. */
    public boolean canManageCompany(Optional<UserKey> viewer) {
        return licensed(viewer).map(this::isCompanyManager).orElse(false);
    }

    /** Whether the viewer may create, change, close and delete cycles: the company managers. */
    public boolean canManageCycles(Optional<UserKey> viewer) {
        return canManageCompany(viewer);
    }

    /** @throws AccessDeniedException unless {@link #canManageCycles} */
    public void requireManageCycles(Optional<UserKey> viewer) {
        requireLicensed(viewer);
        if (!canManageCycles(viewer)) {
            throw AccessDeniedException.denied(AccessMessages.MANAGE_CYCLES);
        }
    }

    /** Whether the viewer may change Waypoint's settings: Jira administrators. */
    public boolean canAdminister(Optional<UserKey> viewer) {
        return viewer.map(facts::isJiraAdmin).orElse(false);
    }

    /** @throws AccessDeniedException unless {@link #canAdminister} */
    public void requireAdminister(Optional<UserKey> viewer) {
        if (viewer.isEmpty()) {
            throw AccessDeniedException.notLoggedIn();
        }
        if (!canAdminister(viewer)) {
            throw AccessDeniedException.denied(AccessMessages.ADMINISTER);
        }
    }

    /**
     * The viewer's licensed user key.
     *
     * @throws AccessDeniedException if nobody is logged in (401) or the user has no licence (403)
     */
    public UserKey requireLicensed(Optional<UserKey> viewer) {
        UserKey user = viewer.orElseThrow(AccessDeniedException::notLoggedIn);
        if (!facts.isLicensed(user)) {
            throw AccessDeniedException.denied(AccessMessages.NOT_LICENSED);
        }
        return user;
    }

    /** What the viewer may do beyond single items, for the UI to show or hide actions. */
    public Capabilities capabilities(Optional<UserKey> viewer) {
        return new Capabilities(
                licensed(viewer).isPresent(),
                canView(viewer, Scope.COMPANY),
                canManageCompany(viewer),
                canManageCycles(viewer),
                canAdminister(viewer));
    }

    // ---------------------------------------------------------------- rules

    private Optional<UserKey> licensed(Optional<UserKey> viewer) {
        Objects.requireNonNull(viewer, "'viewer' must not be null");
        return viewer.filter(facts::isLicensed);
    }

    private boolean canView(UserKey user, Scope scope) {
        return switch (scope) {
            case Scope.Project project -> facts.canBrowseProject(user, project.key());
            case Scope.Company company -> {
                var viewerGroups = facts.settings().companyViewerGroups();
                yield viewerGroups.isEmpty()
                        || viewerGroups.stream().anyMatch(group -> facts.isInGroup(user, group))
                        || isCompanyManager(user);
            }
        };
    }

    private boolean canEdit(UserKey user, Scope scope, UserKey owner) {
        return switch (scope) {
            case Scope.Project project -> user.equals(owner) || isProjectAdmin(user, project);
            case Scope.Company company -> isCompanyManager(user);
        };
    }

    /** Project administrators for a project, company managers for the company. */
    private boolean administersScope(UserKey user, Scope scope) {
        return switch (scope) {
            case Scope.Project project -> isProjectAdmin(user, project);
            case Scope.Company company -> isCompanyManager(user);
        };
    }

    private boolean isProjectAdmin(UserKey user, Scope.Project project) {
        return facts.isProjectAdmin(user, project.key()) || facts.isJiraAdmin(user);
    }

    private boolean isCompanyManager(UserKey user) {
        return facts.isJiraAdmin(user)
                || facts.settings().companyGroup().map(group -> facts.isInGroup(user, group)).orElse(false);
    }

    private static AccessDeniedException viewDenied(Scope scope) {
        return scope instanceof Scope.Project project
                ? AccessDeniedException.denied(AccessMessages.VIEW_PROJECT, project.key())
                : AccessDeniedException.denied(AccessMessages.VIEW_COMPANY);
    }
}
