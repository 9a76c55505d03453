package dev.waypoint.preview.issues;

import dev.waypoint.access.AccessSettings;
import dev.waypoint.issue.IssueId;
import dev.waypoint.preview.i18n.PreviewI18n;
import dev.waypoint.preview.sample.SamplePeople;
import dev.waypoint.preview.sample.SampleProjects;
import dev.waypoint.preview.user.PreviewDirectory;
import dev.waypoint.preview.wiring.PreviewAccessFacts;
import dev.waypoint.shared.ProjectKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A small hand-made ticket store for the search and directory tests. Horizon 2026-05-20T00:00Z; times are given in
 * days before it.
 * <pre>
 * 10001 SUP-1 Incident          created -10d, bea from -10d+1h, started -10d+2h, resolved -9d, first contact
 * 10002 SUP-2 Service Request   created -5d, unassigned, open
 * 10003 SUP-3 Service Request   created -2d, dana from -2d+1h, in progress
 * 10004 SUP-4 Service Request   created -40d, dana, resolved -35d
 * 10005 APP-1 Epic              created -60d, open
 * 10006 APP-2 Story of APP-1    3 points, estimate 8h, started -6d, resolved -3d
 * 10007 APP-3 Story of APP-1    unestimated, estimate 4h planned -4d..+4d, started -4d
 * 10008 APP-4 Bug               created -1d
 * 10009 WEB-1 Bug               created -20d, lead, in progress
 * </pre>
 */
final class TestIssues {

    static final Instant HORIZON = Instant.parse("2026-05-20T00:00:00Z");
    static final PreviewDirectory DIRECTORY = PreviewDirectory.standard();
    static final SamplePeople PEOPLE = new SamplePeople(DIRECTORY);

    private TestIssues() {
    }

    static TicketStore store() {
        return new TicketStore(List.of(
                issue(10001, "SUP-1", IssueKind.INCIDENT, null,
                        new IssueLifecycle(ago(10), "bea", ago(10).plus(hours(1)), ago(10).plus(hours(2)), ago(9),
                                true), IssueWork.NONE),
                issue(10002, "SUP-2", IssueKind.SERVICE_REQUEST, null,
                        new IssueLifecycle(ago(5), null, null, null, null, false), IssueWork.NONE),
                issue(10003, "SUP-3", IssueKind.SERVICE_REQUEST, null,
                        new IssueLifecycle(ago(2), "dana", ago(2).plus(hours(1)), ago(2).plus(hours(1)), null, false),
                        IssueWork.NONE),
                issue(10004, "SUP-4", IssueKind.SERVICE_REQUEST, null,
                        new IssueLifecycle(ago(40), "dana", ago(40), ago(40), ago(35), false), IssueWork.NONE),
                issue(10005, "APP-1", IssueKind.EPIC, null,
                        new IssueLifecycle(ago(60), null, null, null, null, false), IssueWork.NONE),
                issue(10006, "APP-2", IssueKind.STORY, 10005L,
                        new IssueLifecycle(ago(50), "lead", ago(6), ago(6), ago(3), false),
                        new IssueWork(3.0, 8 * 3600, ago(3))),
                issue(10007, "APP-3", IssueKind.STORY, 10005L,
                        new IssueLifecycle(ago(50), "lead", ago(4), ago(4), null, false),
                        new IssueWork(null, 4 * 3600, ago(-4))),
                issue(10008, "APP-4", IssueKind.BUG, null,
                        new IssueLifecycle(ago(1), null, null, null, null, false), IssueWork.NONE),
                issue(10009, "WEB-1", IssueKind.BUG, null,
                        new IssueLifecycle(ago(20), "lead", ago(19), ago(19), null, false), IssueWork.NONE)),
                HORIZON);
    }

    static PreviewAccessFacts access() {
        return new PreviewAccessFacts(DIRECTORY, PEOPLE.permissionsLike(), PEOPLE.groups(),
                SampleProjects::permissionSchemeOf, () -> AccessSettings.DEFAULTS);
    }

    static PreviewUserDirectory users() {
        return new PreviewUserDirectory(PEOPLE.users(), PEOPLE.groups());
    }

    static SearchMessages messages() {
        return new SearchMessages(PreviewI18n.load(TestIssues.class.getClassLoader(), PreviewI18n.MissingKeys.FAIL));
    }

    /** The search on a clock fixed {@code daysAgo} days before the horizon (0: at the horizon). */
    static SampleIssueSearch search(double daysAgo) {
        return new SampleIssueSearch(store(), access(), users(), messages(), clockAt(daysAgo));
    }

    static Clock clockAt(double daysAgo) {
        return Clock.fixed(HORIZON.minus(Duration.ofMinutes(Math.round(daysAgo * 24 * 60))), ZoneOffset.UTC);
    }

    static Instant ago(int days) {
        return HORIZON.minus(Duration.ofDays(days));
    }

    private static Duration hours(int hours) {
        return Duration.ofHours(hours);
    }

    private static SampleIssue issue(long id, String key, IssueKind kind, Long epic, IssueLifecycle life,
            IssueWork work) {
        return new SampleIssue(new IssueId(id), key, new ProjectKey(key.substring(0, key.indexOf('-'))), kind,
                "Summary of " + key, epic == null ? null : new IssueId(epic), life, work);
    }
}
