package dev.waypoint.app.kpi;

import dev.waypoint.access.Scope;
import dev.waypoint.kpi.KpiSource;
import dev.waypoint.kpi.KpiValidator;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Jira's verdict on a source's queries before the KPI is saved, checked as the user the queries would run as (the
 * would-be owner, by default the viewer). Checking as another user tells what that user may see, so it is allowed to
 * whoever may set that user's queries in the KPI's scope: the user themselves and Jira administrators
 * ({@code Permissions#canChangeKpiJql}). Writes nothing.
 */
public final class ValidatingKpiJql {

    private final KpiAccess access;
    private final KpiValidator validator;

    public ValidatingKpiJql(KpiAccess access, KpiValidator validator) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.validator = Objects.requireNonNull(validator, "'validator' must not be null");
    }

    /**
     * @param owner   the user the queries would run as; {@code null} for the viewer
     * @param project the KPI's project; {@code null} for a global KPI
     * @throws dev.waypoint.access.AccessDeniedException 401 / 403 not logged in, or may not set queries run as owner
     * @throws dev.waypoint.shared.InvalidInputException no source, or a query missing, too long or with control
     *                                                   characters
     */
    public JqlVerdict validate(UserKey owner, ProjectKey project, KpiSource source) {
        UserKey viewer = access.requireLicensed();
        UserKey runAs = owner == null ? viewer : owner;
        access.permissions().requireChangeJql(access.viewer(), Scope.of(project), runAs);
        List<JqlVerdict.Problem> problems = new ArrayList<>();
        validator.jiraVerdict(source, runAs).forEach((field, messages) -> messages
                .forEach(message -> problems.add(new JqlVerdict.Problem(field, message))));
        return new JqlVerdict(problems);
    }
}
