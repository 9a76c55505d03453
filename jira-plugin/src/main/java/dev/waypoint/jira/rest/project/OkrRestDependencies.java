package dev.waypoint.jira.rest.project;

import dev.waypoint.access.CurrentUser;
import dev.waypoint.access.Permissions;
import dev.waypoint.issue.IssueDirectory;
import dev.waypoint.jira.rest.objective.OkrStorage;
import dev.waypoint.kpi.KpiRepository;
import dev.waypoint.scoring.ScoringSettingsSource;
import dev.waypoint.shared.Transactions;
import dev.waypoint.shared.UserNames;
import java.time.Clock;
import java.util.Objects;

/**
 * What the OKR half of the REST API needs from its host: Jira (Spring wiring), the preview, or a test. From these
 * {@link OkrRestResources#create} builds core's services and every resource.
 *
 * @param currentUser  the user of the current request
 * @param permissions  DESIGN §5's policy over the host's access facts
 * @param storage      the OKR repositories (AO in Jira and the preview)
 * @param transactions the storage's transactions ({@code AoTransactions})
 * @param scoring      the admin's scoring settings (pace, grade bands, override note threshold)
 * @param issues       issue lookups as the viewer ({@code JiraIssueDirectory})
 * @param userNames    users' display names ({@code JiraUserNames}), e.g. of the authors of check-ins
 * @param kpis         the KPIs, which objectives align to and key results are measured by (only read)
 * @param clock        "today" for pace, check-in dates and the ±100-year date rule
 */
public record OkrRestDependencies(CurrentUser currentUser, Permissions permissions, OkrStorage storage,
        Transactions transactions, ScoringSettingsSource scoring, IssueDirectory issues, UserNames userNames,
        KpiRepository kpis, Clock clock) {

    public OkrRestDependencies {
        Objects.requireNonNull(currentUser, "'currentUser' must not be null");
        Objects.requireNonNull(permissions, "'permissions' must not be null");
        Objects.requireNonNull(storage, "'storage' must not be null");
        Objects.requireNonNull(transactions, "'transactions' must not be null");
        Objects.requireNonNull(scoring, "'scoring' must not be null");
        Objects.requireNonNull(issues, "'issues' must not be null");
        Objects.requireNonNull(userNames, "'userNames' must not be null");
        Objects.requireNonNull(kpis, "'kpis' must not be null");
        Objects.requireNonNull(clock, "'clock' must not be null");
    }
}
