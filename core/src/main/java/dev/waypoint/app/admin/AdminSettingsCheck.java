package dev.waypoint.app.admin;

import dev.waypoint.access.AccessSettings;
import dev.waypoint.insight.InsightSettings;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.Retention;
import dev.waypoint.kpi.search.Jql;
import dev.waypoint.kpi.search.UserDirectory;
import dev.waypoint.refresh.RefreshSettings;
import dev.waypoint.scoring.ScoringSettings;
import dev.waypoint.shared.FieldError;
import dev.waypoint.shared.InvalidInputException;
import dev.waypoint.shared.Limits;
import dev.waypoint.shared.MessageCatalog;
import dev.waypoint.shared.Problems;
import dev.waypoint.shared.TextRules;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The checks of {@link ChangingAdminSettings}, one instance per change: checks a whole {@link ChangeAdminSettings}
 * and builds the {@link WaypointSettings} it describes, collecting every problem under the value's path. Groups must
 * exist in Jira and the story-point field must be a custom field; ranges are those of core's settings records
 * ({@link ScoringSettings}, {@link RefreshSettings}, {@link InsightSettings}, {@link Retention}, {@link Kpi}'s refresh
 * interval).
 */
final class AdminSettingsCheck {

    private static final MessageCatalog MESSAGES = AdminSettingsMessages.CATALOG;
    private static final int MIN_MINUTES = Kpi.MIN_REFRESH_MINUTES;
    private static final int MAX_MINUTES = Kpi.MAX_REFRESH_MINUTES;

    private final UserDirectory users;
    private final CustomFieldLookup fields;
    private final Problems problems = new Problems();

    AdminSettingsCheck(UserDirectory users, CustomFieldLookup fields) {
        this.users = users;
        this.fields = fields;
    }

    /**
     * @param caps the stored refresh settings, for the caps the admin page does not show
     * @throws InvalidInputException with every problem
     */
    WaypointSettings settings(ChangeAdminSettings in, RefreshSettings caps) {
        ScoringSettings scoring = scoring(required("scoring", in.scoring()));
        AccessSettings access = access(required("access", in.access()));
        ChangeAdminSettings.Refresh refresh = required("refresh", in.refresh());
        Integer kpiMinutes = null;
        Integer keyResultMinutes = null;
        String epicJql = null;
        String storyPoints = null;
        if (refresh != null) {
            kpiMinutes = whole("refresh.defaultKpiRefreshMinutes", refresh.defaultKpiRefreshMinutes(), MIN_MINUTES,
                    MAX_MINUTES);
            keyResultMinutes = whole("refresh.keyResultRefreshMinutes", refresh.keyResultRefreshMinutes(),
                    MIN_MINUTES, MAX_MINUTES);
            epicJql = epicChildrenJql("refresh.epicChildrenJql", refresh.epicChildrenJql());
            storyPoints = storyPointField("refresh.storyPointField", refresh.storyPointField());
        }
        InsightSettings insights = insights(required("insights", in.insights()));
        ChangeAdminSettings.Retention retention = required("retention", in.retention());
        Integer retentionDays = retention == null ? null
                : whole("retention.fullDetailDays", retention.fullDetailDays(), 1, WaypointSettings.MAX_DAYS);
        problems.throwIfAny();
        return new WaypointSettings(scoring, access, new RefreshSettings(keyResultMinutes, epicJql, caps.maxAgents(),
                caps.assigneeSampleCap(), caps.linkedIssueCap(), Retention.ofDays(retentionDays)), kpiMinutes,
                storyPoints, insights);
    }

    private ScoringSettings scoring(ChangeAdminSettings.Scoring s) {
        if (s == null) {
            return null;
        }
        Double onTrack = number("scoring.onTrackMargin", s.onTrackMargin());
        Double atRisk = number("scoring.atRiskMargin", s.atRiskMargin());
        Integer lowConfidence = required("scoring.lowConfidence", s.lowConfidence());
        Double green = number("scoring.greenFrom", s.greenFrom());
        Double yellow = number("scoring.yellowFrom", s.yellowFrom());
        Double override = number("scoring.overrideNoteThreshold", s.overrideNoteThreshold());
        if (onTrack == null || atRisk == null || lowConfidence == null || green == null || yellow == null
                || override == null) {
            return null;
        }
        try {
            return new ScoringSettings(onTrack, atRisk, lowConfidence, green, yellow, override);
        } catch (InvalidInputException e) {
            // the record names its own fields (greenFrom); the admin's paths are in the scoring section
            for (FieldError error : e.errors()) {
                problems.add("scoring." + error.field(), error.messageKey(), error.message(),
                        error.args().toArray());
            }
            return null;
        }
    }

    private AccessSettings access(ChangeAdminSettings.Access a) {
        if (a == null) {
            return null;
        }
        String group = a.companyGroup() == null ? null : group("access.companyGroup", a.companyGroup());
        List<String> given = a.companyViewerGroups() == null ? List.of() : a.companyViewerGroups();
        if (!MESSAGES.require(problems, given.size() <= ChangingAdminSettings.MAX_VIEWER_GROUPS,
                "access.companyViewerGroups", AdminSettingsMessages.GROUPS_TOO_MANY,
                ChangingAdminSettings.MAX_VIEWER_GROUPS, given.size())) {
            return null;
        }
        Set<String> viewers = new LinkedHashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String viewer = group("access.companyViewerGroups[" + i + "]", given.get(i));
            if (viewer != null) {
                viewers.add(viewer);
            }
        }
        return new AccessSettings(Optional.ofNullable(group), viewers);
    }

    /** A group that exists in Jira, or {@code null} after reporting the problem. */
    private String group(String field, String name) {
        if (!TextRules.requireLine(MESSAGES, problems, field, AdminSettingsMessages.PREFIX, name, Limits.KEY)) {
            return null;
        }
        return MESSAGES.require(problems, users.groupExists(name), field, AdminSettingsMessages.GROUP_UNKNOWN, name)
                ? name : null;
    }

    /** The epic-children template: multi-line text with the {@code {key}} placeholder, stored without outer blanks. */
    private String epicChildrenJql(String field, String jql) {
        if (!MESSAGES.require(problems, jql != null && !jql.isBlank(), field, AdminSettingsMessages.REQUIRED)
                || !TextRules.optionalText(MESSAGES, problems, field, AdminSettingsMessages.PREFIX, jql, Limits.JQL)) {
            return null;
        }
        return MESSAGES.require(problems, jql.contains(Jql.KEY_PLACEHOLDER), field,
                AdminSettingsMessages.EPIC_JQL_PLACEHOLDER) ? jql.strip() : null;
    }

    /** A custom field Jira knows, by id or name, stored without outer blanks. */
    private String storyPointField(String field, String name) {
        if (!TextRules.requireLine(MESSAGES, problems, field, AdminSettingsMessages.PREFIX, name, Limits.TITLE)) {
            return null;
        }
        return MESSAGES.require(problems, fields.exists(name.strip()), field,
                AdminSettingsMessages.STORY_POINT_FIELD_UNKNOWN, name) ? name.strip() : null;
    }

    private InsightSettings insights(ChangeAdminSettings.Insights s) {
        if (s == null) {
            return null;
        }
        Integer unhealthy = whole("insights.unhealthyDays", s.unhealthyDays(), 1, WaypointSettings.MAX_DAYS);
        Boolean amber = required("insights.amberNeedsOkr", s.amberNeedsOkr());
        Integer stale = whole("insights.staleCheckInDays", s.staleCheckInDays(), 1, WaypointSettings.MAX_DAYS);
        Double similarity = number("insights.titleSimilarity", s.titleSimilarity());
        if (similarity != null && !MESSAGES.require(problems, similarity > 0 && similarity <= 1,
                "insights.titleSimilarity", AdminSettingsMessages.FRACTION, similarity)) {
            similarity = null;
        }
        Integer targetDays = whole("insights.targetChangeDays", s.targetChangeDays(), 1, WaypointSettings.MAX_DAYS);
        if (unhealthy == null || amber == null || stale == null || similarity == null || targetDays == null) {
            return null;
        }
        return new InsightSettings(unhealthy, amber, stale, similarity, targetDays);
    }

    private Double number(String field, Double value) {
        if (required(field, value) == null) {
            return null;
        }
        return MESSAGES.require(problems, Double.isFinite(value), field, AdminSettingsMessages.NOT_FINITE)
                ? value : null;
    }

    private Integer whole(String field, Integer value, int min, int max) {
        if (required(field, value) == null) {
            return null;
        }
        return MESSAGES.require(problems, value >= min && value <= max, field, AdminSettingsMessages.RANGE, min, max,
                value) ? value : null;
    }

    private <T> T required(String field, T value) {
        MESSAGES.require(problems, value != null, field, AdminSettingsMessages.REQUIRED);
        return value;
    }
}
