package dev.waypoint.jira.rest.admin;

import dev.waypoint.access.AccessSettings;
import dev.waypoint.insight.InsightSettings;
import dev.waypoint.jira.rest.Params;
import dev.waypoint.jira.rest.RestMessages;
import dev.waypoint.app.admin.CustomFieldLookup;
import dev.waypoint.app.admin.WaypointSettings;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.Retention;
import dev.waypoint.kpi.search.Jql;
import dev.waypoint.kpi.search.UserDirectory;
import dev.waypoint.refresh.RefreshSettings;
import dev.waypoint.scoring.ScoringSettings;
import dev.waypoint.shared.FieldError;
import dev.waypoint.shared.InvalidInputException;
import dev.waypoint.shared.Limits;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a whole {@link AdminSettingsDocument} and builds the {@link WaypointSettings} it describes, naming every bad
 * value by its JSON path ({@code scoring.greenFrom}, {@code access.companyViewerGroups[1]}, ...). Groups must exist in
 * Jira and the story-point field must be a custom field; ranges are those of core's settings records.
 */
final class AdminSettingsInput {

    /** Most company viewer groups. */
    static final int MAX_GROUPS = 50;
    /** The refresh job's shortest and longest interval (RefreshSettings). */
    static final int MIN_MINUTES = Kpi.MIN_REFRESH_MINUTES;
    static final int MAX_MINUTES = Kpi.MAX_REFRESH_MINUTES;

    private final Params in;
    private final UserDirectory users;
    private final CustomFieldLookup fields;

    AdminSettingsInput(Params in, UserDirectory users, CustomFieldLookup fields) {
        this.in = in;
        this.users = users;
        this.fields = fields;
    }

    /**
     * @param current the stored settings, for the refresh caps the admin page does not show
     * @throws InvalidInputException with every problem
     */
    WaypointSettings parse(AdminSettingsDocument body, WaypointSettings current) {
        in.body(body);
        in.throwIfAny();
        ScoringSettings scoring = scoring(section("scoring", body.scoring()));
        AccessSettings access = access(section("access", body.access()));
        AdminSettingsDocument.Refresh refresh = section("refresh", body.refresh());
        Integer kpiMinutes = null;
        Integer keyResultMinutes = null;
        String epicJql = null;
        String storyPoints = null;
        if (refresh != null) {
            kpiMinutes = whole("refresh.defaultKpiRefreshMinutes", refresh.defaultKpiRefreshMinutes(), MIN_MINUTES,
                    MAX_MINUTES);
            keyResultMinutes = whole("refresh.keyResultRefreshMinutes", refresh.keyResultRefreshMinutes(),
                    MIN_MINUTES, MAX_MINUTES);
            epicJql = epicChildrenJql(refresh.epicChildrenJql());
            storyPoints = storyPointField(refresh.storyPointField());
        }
        InsightSettings insights = insights(section("insights", body.insights()));
        AdminSettingsDocument.Retention retention = section("retention", body.retention());
        Integer retentionDays = retention == null ? null
                : whole("retention.fullDetailDays", retention.fullDetailDays(), 1, WaypointSettings.MAX_DAYS);
        in.throwIfAny();
        RefreshSettings caps = current.refresh();
        return new WaypointSettings(scoring, access, new RefreshSettings(keyResultMinutes, epicJql, caps.maxAgents(),
                caps.assigneeSampleCap(), caps.linkedIssueCap(), Retention.ofDays(retentionDays)), kpiMinutes,
                storyPoints, insights);
    }

    private <T> T section(String field, T value) {
        if (value == null) {
            in.add(RestMessages.error(field, RestMessages.REQUIRED));
        }
        return value;
    }

    private ScoringSettings scoring(AdminSettingsDocument.Scoring s) {
        if (s == null) {
            return null;
        }
        Double onTrack = in.number("scoring.onTrackMargin", s.onTrackMargin());
        Double atRisk = in.number("scoring.atRiskMargin", s.atRiskMargin());
        Integer lowConfidence = required("scoring.lowConfidence", s.lowConfidence());
        Double green = in.number("scoring.greenFrom", s.greenFrom());
        Double yellow = in.number("scoring.yellowFrom", s.yellowFrom());
        Double override = in.number("scoring.overrideNoteThreshold", s.overrideNoteThreshold());
        if (onTrack == null || atRisk == null || lowConfidence == null || green == null || yellow == null
                || override == null) {
            return null;
        }
        try {
            return new ScoringSettings(onTrack, atRisk, lowConfidence, green, yellow, override);
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> in.add(new FieldError("scoring." + error.field(), error.messageKey(),
                    error.args(), error.message())));
            return null;
        }
    }

    private AccessSettings access(AdminSettingsDocument.Access a) {
        if (a == null) {
            return null;
        }
        String group = a.companyGroup() == null ? null : group("access.companyGroup", a.companyGroup());
        Set<String> viewers = new LinkedHashSet<>();
        List<String> given = a.companyViewerGroups() == null ? List.of() : a.companyViewerGroups();
        if (given.size() > MAX_GROUPS) {
            in.add(AdminMessages.error("access.companyViewerGroups", AdminMessages.GROUPS_TOO_MANY, MAX_GROUPS,
                    given.size()));
            return null;
        }
        for (int i = 0; i < given.size(); i++) {
            String viewer = group("access.companyViewerGroups[" + i + "]", given.get(i));
            if (viewer != null) {
                viewers.add(viewer);
            }
        }
        return new AccessSettings(Optional.ofNullable(group), viewers);
    }

    /** A group that exists in Jira, or {@code null} after reporting the problem. */
    private String group(String field, String raw) {
        String name = in.line(field, raw, Limits.KEY);
        if (name == null) {
            return null;
        }
        if (!users.groupExists(name)) {
            in.add(AdminMessages.error(field, AdminMessages.GROUP_UNKNOWN, name));
            return null;
        }
        return name;
    }

    private String epicChildrenJql(String raw) {
        String field = "refresh.epicChildrenJql";
        if (raw == null || raw.isBlank()) {
            in.add(RestMessages.error(field, RestMessages.REQUIRED));
            return null;
        }
        String jql = in.optionalText(field, raw, Limits.JQL);
        if (jql != null && !jql.contains(Jql.KEY_PLACEHOLDER)) {
            in.add(AdminMessages.error(field, AdminMessages.EPIC_JQL_PLACEHOLDER));
            return null;
        }
        return jql == null ? null : jql.strip();
    }

    private String storyPointField(String raw) {
        String field = "refresh.storyPointField";
        String name = in.line(field, raw, Limits.TITLE);
        if (name == null) {
            return null;
        }
        if (!fields.exists(name.strip())) {
            in.add(AdminMessages.error(field, AdminMessages.STORY_POINT_FIELD_UNKNOWN, name));
            return null;
        }
        return name.strip();
    }

    private InsightSettings insights(AdminSettingsDocument.Insights s) {
        if (s == null) {
            return null;
        }
        Integer unhealthy = whole("insights.unhealthyDays", s.unhealthyDays(), 1, WaypointSettings.MAX_DAYS);
        Boolean amber = required("insights.amberNeedsOkr", s.amberNeedsOkr());
        Integer stale = whole("insights.staleCheckInDays", s.staleCheckInDays(), 1, WaypointSettings.MAX_DAYS);
        Double similarity = in.number("insights.titleSimilarity", s.titleSimilarity());
        if (similarity != null && !(similarity > 0 && similarity <= 1)) {
            in.add(AdminMessages.error("insights.titleSimilarity", AdminMessages.FRACTION, similarity));
            similarity = null;
        }
        Integer targetDays = whole("insights.targetChangeDays", s.targetChangeDays(), 1, WaypointSettings.MAX_DAYS);
        if (unhealthy == null || amber == null || stale == null || similarity == null || targetDays == null) {
            return null;
        }
        return new InsightSettings(unhealthy, amber, stale, similarity, targetDays);
    }

    private Integer whole(String field, Integer value, int min, int max) {
        if (required(field, value) == null) {
            return null;
        }
        if (value < min || value > max) {
            in.add(AdminMessages.error(field, AdminMessages.RANGE, min, max, value));
            return null;
        }
        return value;
    }

    private <T> T required(String field, T value) {
        if (value == null) {
            in.add(RestMessages.error(field, RestMessages.REQUIRED));
        }
        return value;
    }
}
