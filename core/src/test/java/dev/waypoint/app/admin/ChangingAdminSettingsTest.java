package dev.waypoint.app.admin;

import static dev.waypoint.app.admin.AdminSettingsWorld.access;
import static dev.waypoint.app.admin.AdminSettingsWorld.defaults;
import static dev.waypoint.app.admin.AdminSettingsWorld.insights;
import static dev.waypoint.app.admin.AdminSettingsWorld.refresh;
import static dev.waypoint.app.admin.AdminSettingsWorld.scoring;
import static dev.waypoint.app.admin.AdminSettingsWorld.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.waypoint.access.AccessDeniedException;
import dev.waypoint.access.AccessSettings;
import dev.waypoint.access.Role;
import dev.waypoint.kpi.Retention;
import dev.waypoint.refresh.RefreshSettings;
import dev.waypoint.shared.FieldError;
import dev.waypoint.shared.InvalidInputException;
import dev.waypoint.shared.TextMessages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Changing the admin settings: Jira administrators only; every value checked before anything is stored, each bad one
 * named by its path with the message the admin page shows.
 */
class ChangingAdminSettingsTest {

    private final AdminSettingsWorld world = new AdminSettingsWorld();

    private InvalidInputException refused(ChangeAdminSettings command) {
        WaypointSettings before = world.store.stored();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> world.changing(Role.JIRA_ADMIN).change(command));
        assertThat(world.store.saves).as("writes after a refusal").isZero();
        assertThat(world.store.stored()).isSameAs(before);
        return e;
    }

    private static List<String> fields(InvalidInputException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Nested
    class Permission {

        @Test
        void givenAJiraAdmin_changingToTheDefaults_storesThemOnce() {
            WaypointSettings stored = world.changing(Role.JIRA_ADMIN).change(defaults());

            assertThat(stored).isEqualTo(WaypointSettings.DEFAULTS);
            assertThat(world.store.saves).isEqualTo(1);
        }

        @ParameterizedTest
        @EnumSource(value = Role.class, names = "JIRA_ADMIN", mode = EnumSource.Mode.EXCLUDE)
        void givenAnyoneButAJiraAdmin_changing_isRefusedBeforeAnythingIsCheckedOrStored(Role viewer) {
            ChangingAdminSettings changing = world.changing(viewer);
            ChangeAdminSettings command = with(access("waypoint-leaders", List.of("executives")));

            assertThatThrownBy(() -> changing.change(command)).isInstanceOf(AccessDeniedException.class)
                    .satisfies(e -> assertThat(((AccessDeniedException) e).isUnauthenticated())
                            .isEqualTo(viewer == Role.ANONYMOUS));
            assertThat(world.store.saves).isZero();
            assertThat(world.store.reads).isZero();
            assertThat(world.fieldsAsked).isEmpty();
        }
    }

    @Nested
    class Storing {

        @Test
        void givenEveryValueChanged_changing_storesEachAndAnswersWhatTheStoreReadsBack() {
            ChangeAdminSettings command = new ChangeAdminSettings(scoring(0.05, 0.25, 4, 0.8, 0.5, 0.3),
                    access("waypoint-leaders", List.of("executives")),
                    refresh(15, 30, "\"Epic Link\" = {key} OR parent = {key}", "customfield_10016"),
                    insights(10, true, 21, 0.9, 45), new ChangeAdminSettings.Retention(90));

            WaypointSettings answered = world.changing(Role.JIRA_ADMIN).change(command);

            WaypointSettings stored = world.store.stored();
            assertThat(answered).isEqualTo(stored);
            assertThat(stored.scoring().onTrackMargin()).isEqualTo(0.05);
            assertThat(stored.scoring().atRiskMargin()).isEqualTo(0.25);
            assertThat(stored.scoring().lowConfidence()).isEqualTo(4);
            assertThat(stored.scoring().greenFrom()).isEqualTo(0.8);
            assertThat(stored.scoring().yellowFrom()).isEqualTo(0.5);
            assertThat(stored.scoring().overrideNoteThreshold()).isEqualTo(0.3);
            assertThat(stored.access().companyGroup()).contains("waypoint-leaders");
            assertThat(stored.access().companyViewerGroups()).containsExactly("executives");
            assertThat(stored.defaultKpiRefreshMinutes()).isEqualTo(15);
            assertThat(stored.refresh().keyResultRefreshMinutes()).isEqualTo(30);
            assertThat(stored.refresh().epicChildrenJql()).isEqualTo("\"Epic Link\" = {key} OR parent = {key}");
            assertThat(stored.storyPointField()).isEqualTo("customfield_10016");
            assertThat(stored.insights().unhealthyDays()).isEqualTo(10);
            assertThat(stored.insights().amberNeedsOkr()).isTrue();
            assertThat(stored.insights().staleCheckInDays()).isEqualTo(21);
            assertThat(stored.insights().titleSimilarity()).isEqualTo(0.9);
            assertThat(stored.insights().targetChangeDays()).isEqualTo(45);
            assertThat(stored.retentionDays()).isEqualTo(90);
        }

        @Test
        void givenStoredRefreshCaps_changing_keepsThemBecauseThePageDoesNotShowThem() {
            RefreshSettings d = RefreshSettings.DEFAULTS;
            world.store.put(new WaypointSettings(WaypointSettings.DEFAULTS.scoring(), WaypointSettings.DEFAULTS
                    .access(), new RefreshSettings(d.keyResultRefreshMinutes(), d.epicChildrenJql(), 50, 300, 400,
                    Retention.DEFAULT), 60, "Story Points", WaypointSettings.DEFAULTS.insights()));

            RefreshSettings stored = world.changing(Role.JIRA_ADMIN).change(defaults()).refresh();

            assertThat(List.of(stored.maxAgents(), stored.assigneeSampleCap(), stored.linkedIssueCap()))
                    .containsExactly(50, 300, 400);
        }

        @Test
        void givenBlanksAroundTheEpicJqlAndTheStoryPointField_changing_storesThemWithout() {
            WaypointSettings stored = world.changing(Role.JIRA_ADMIN).change(with(refresh(60, 60,
                    "  \"Epic Link\" = {key}\n", " Story Points ")));

            assertThat(stored.refresh().epicChildrenJql()).isEqualTo("\"Epic Link\" = {key}");
            assertThat(stored.storyPointField()).isEqualTo("Story Points");
            assertThat(world.fieldsAsked).containsExactly("Story Points");
        }

        @Test
        void givenAViewerGroupTwiceAndNoViewerGroupList_changing_storesEachGroupOnce() {
            assertThat(world.changing(Role.JIRA_ADMIN).change(with(access(null, List.of("executives",
                    "waypoint-leaders", "executives")))).access().companyViewerGroups())
                    .containsExactlyInAnyOrder("executives", "waypoint-leaders");
            assertThat(world.changing(Role.JIRA_ADMIN).change(with(access(null, null))).access())
                    .isEqualTo(new AccessSettings(Optional.empty(), Set.of()));
        }

        @Test
        void givenFiftyViewerGroups_changing_storesThem() {
            List<String> fifty = Collections.nCopies(ChangingAdminSettings.MAX_VIEWER_GROUPS, "executives");

            assertThat(world.changing(Role.JIRA_ADMIN).change(with(access(null, fifty))).access()
                    .companyViewerGroups()).isEqualTo(Set.of("executives"));
        }
    }

    @Nested
    class BadValues {

        static Stream<Arguments> oneBadValue() {
            List<String> ghostSecond = List.of("waypoint-leaders", "ghosts");
            List<String> nullFirst = Arrays.asList((String) null);
            List<String> fiftyOne = new ArrayList<>(Collections.nCopies(51, "ghosts"));
            return Stream.of(
                    arguments("on-track margin above 1", with(scoring(1.5, 0.3, 3, 0.7, 0.4, 0.2)),
                            "scoring.onTrackMargin", "waypoint.scoring.onTrackMargin.outOfRange",
                            "On-track margin must be a number from 0 to 1, was 1.5"),
                    arguments("at-risk margin below the on-track margin", with(scoring(0.1, 0.05, 3, 0.7, 0.4, 0.2)),
                            "scoring.atRiskMargin", "waypoint.scoring.atRiskMargin.belowOnTrack",
                            "At-risk margin 0.05 must not be smaller than the on-track margin 0.1"),
                    arguments("low confidence 11", with(scoring(0.1, 0.3, 11, 0.7, 0.4, 0.2)),
                            "scoring.lowConfidence", "waypoint.scoring.lowConfidence.outOfRange",
                            "Low-confidence threshold must be a whole number from 0 to 10, was 11"),
                    arguments("low confidence missing", with(scoring(0.1, 0.3, null, 0.7, 0.4, 0.2)),
                            "scoring.lowConfidence", AdminSettingsMessages.REQUIRED, "A value is required"),
                    arguments("green band infinite", with(scoring(0.1, 0.3, 3, Double.POSITIVE_INFINITY, 0.4, 0.2)),
                            "scoring.greenFrom", AdminSettingsMessages.NOT_FINITE, "Must be a finite number"),
                    arguments("green band not a number", with(scoring(0.1, 0.3, 3, Double.NaN, 0.4, 0.2)),
                            "scoring.greenFrom", AdminSettingsMessages.NOT_FINITE, "Must be a finite number"),
                    arguments("yellow band above green", with(scoring(0.1, 0.3, 3, 0.7, 0.8, 0.2)),
                            "scoring.yellowFrom", "waypoint.scoring.yellowFrom.aboveGreen",
                            "Yellow band start 0.8 must not be above the green band start 0.7"),
                    arguments("override threshold missing", with(scoring(0.1, 0.3, 3, 0.7, 0.4, null)),
                            "scoring.overrideNoteThreshold", AdminSettingsMessages.REQUIRED, "A value is required"),
                    arguments("unknown company group", with(access("ghosts", List.of())),
                            "access.companyGroup", AdminSettingsMessages.GROUP_UNKNOWN,
                            "Group \"ghosts\" does not exist"),
                    arguments("blank company group", with(access("  ", List.of())),
                            "access.companyGroup", AdminSettingsMessages.REQUIRED, "A value is required"),
                    arguments("company group of 256 characters", with(access("g".repeat(256), List.of())),
                            "access.companyGroup", AdminSettingsMessages.TOO_LONG,
                            "Must be at most 255 characters, was 256"),
                    arguments("company group with a line break", with(access("waypoint\nleaders", List.of())),
                            "access.companyGroup", AdminSettingsMessages.CONTROL_CHARACTERS,
                            "Must not contain control characters"),
                    arguments("company group with half a surrogate pair", with(access("leaders\ud800", List.of())),
                            "access.companyGroup", TextMessages.MALFORMED,
                            TextMessages.CATALOG.format(TextMessages.MALFORMED)),
                    arguments("unknown viewer group", with(access(null, ghostSecond)),
                            "access.companyViewerGroups[1]", AdminSettingsMessages.GROUP_UNKNOWN,
                            "Group \"ghosts\" does not exist"),
                    arguments("viewer group null", with(access(null, nullFirst)),
                            "access.companyViewerGroups[0]", AdminSettingsMessages.REQUIRED, "A value is required"),
                    arguments("51 viewer groups, unknown ones", with(access(null, fiftyOne)),
                            "access.companyViewerGroups", AdminSettingsMessages.GROUPS_TOO_MANY,
                            "At most 50 groups, was 51"),
                    arguments("KPI refresh every 4 minutes", with(refresh(4, 60, "\"Epic Link\" = {key}",
                            "Story Points")), "refresh.defaultKpiRefreshMinutes", AdminSettingsMessages.RANGE,
                            "Must be a whole number from 5 to 10080, was 4"),
                    arguments("key-result refresh beyond a week", with(refresh(60, 10_081, "\"Epic Link\" = {key}",
                            "Story Points")), "refresh.keyResultRefreshMinutes", AdminSettingsMessages.RANGE,
                            "Must be a whole number from 5 to 10080, was 10081"),
                    arguments("key-result refresh missing", with(refresh(60, null, "\"Epic Link\" = {key}",
                            "Story Points")), "refresh.keyResultRefreshMinutes", AdminSettingsMessages.REQUIRED,
                            "A value is required"),
                    arguments("epic JQL without placeholder", with(refresh(60, 60, "\"Epic Link\" = EPIC",
                            "Story Points")), "refresh.epicChildrenJql", AdminSettingsMessages.EPIC_JQL_PLACEHOLDER,
                            "The query needs the placeholder {key}, which is replaced by the epic's key"),
                    arguments("epic JQL blank", with(refresh(60, 60, " ", "Story Points")),
                            "refresh.epicChildrenJql", AdminSettingsMessages.REQUIRED, "A value is required"),
                    arguments("epic JQL missing", with(refresh(60, 60, null, "Story Points")),
                            "refresh.epicChildrenJql", AdminSettingsMessages.REQUIRED, "A value is required"),
                    arguments("epic JQL of 4,001 characters", with(refresh(60, 60, "= {key}" + "x".repeat(3_994),
                            "Story Points")), "refresh.epicChildrenJql", AdminSettingsMessages.TOO_LONG,
                            "Must be at most 4000 characters, was 4001"),
                    arguments("epic JQL with a control character", with(refresh(60, 60, "= {key}\u0002",
                            "Story Points")), "refresh.epicChildrenJql", AdminSettingsMessages.CONTROL_CHARACTERS,
                            "Must not contain control characters"),
                    arguments("epic JQL with half a surrogate pair", with(refresh(60, 60, "= {key} \udc00",
                            "Story Points")), "refresh.epicChildrenJql", TextMessages.MALFORMED,
                            TextMessages.CATALOG.format(TextMessages.MALFORMED)),
                    arguments("unknown story-point field", with(refresh(60, 60, "\"Epic Link\" = {key}",
                            "Story Pts")), "refresh.storyPointField", AdminSettingsMessages.STORY_POINT_FIELD_UNKNOWN,
                            "No custom field has the id or name \"Story Pts\""),
                    arguments("blank story-point field", with(refresh(60, 60, "\"Epic Link\" = {key}", "")),
                            "refresh.storyPointField", AdminSettingsMessages.REQUIRED, "A value is required"),
                    arguments("story-point field of 256 characters", with(refresh(60, 60, "\"Epic Link\" = {key}",
                            "f".repeat(256))), "refresh.storyPointField", AdminSettingsMessages.TOO_LONG,
                            "Must be at most 255 characters, was 256"),
                    arguments("unhealthy for 0 days", with(insights(0, false, 14, 0.8, 30)),
                            "insights.unhealthyDays", AdminSettingsMessages.RANGE,
                            "Must be a whole number from 1 to 366, was 0"),
                    arguments("unhealthy for 367 days", with(insights(367, false, 14, 0.8, 30)),
                            "insights.unhealthyDays", AdminSettingsMessages.RANGE,
                            "Must be a whole number from 1 to 366, was 367"),
                    arguments("amber flag missing", with(insights(7, null, 14, 0.8, 30)),
                            "insights.amberNeedsOkr", AdminSettingsMessages.REQUIRED, "A value is required"),
                    arguments("stale after -1 days", with(insights(7, false, -1, 0.8, 30)),
                            "insights.staleCheckInDays", AdminSettingsMessages.RANGE,
                            "Must be a whole number from 1 to 366, was -1"),
                    arguments("title similarity 0", with(insights(7, false, 14, 0.0, 30)),
                            "insights.titleSimilarity", AdminSettingsMessages.FRACTION,
                            "Must be greater than 0 and at most 1, was 0"),
                    arguments("title similarity 1.5", with(insights(7, false, 14, 1.5, 30)),
                            "insights.titleSimilarity", AdminSettingsMessages.FRACTION,
                            "Must be greater than 0 and at most 1, was 1.5"),
                    arguments("target change days missing", with(insights(7, false, 14, 0.8, null)),
                            "insights.targetChangeDays", AdminSettingsMessages.REQUIRED, "A value is required"),
                    arguments("retention of 0 days", with(new ChangeAdminSettings.Retention(0)),
                            "retention.fullDetailDays", AdminSettingsMessages.RANGE,
                            "Must be a whole number from 1 to 366, was 0"),
                    arguments("retention of 367 days", with(new ChangeAdminSettings.Retention(367)),
                            "retention.fullDetailDays", AdminSettingsMessages.RANGE,
                            "Must be a whole number from 1 to 366, was 367"),
                    arguments("scoring missing", with((ChangeAdminSettings.Scoring) null), "scoring",
                            AdminSettingsMessages.REQUIRED, "A value is required"),
                    arguments("access missing", with((ChangeAdminSettings.Access) null), "access",
                            AdminSettingsMessages.REQUIRED, "A value is required"),
                    arguments("refresh missing", with((ChangeAdminSettings.Refresh) null), "refresh",
                            AdminSettingsMessages.REQUIRED, "A value is required"),
                    arguments("insights missing", with((ChangeAdminSettings.Insights) null), "insights",
                            AdminSettingsMessages.REQUIRED, "A value is required"),
                    arguments("retention missing", with((ChangeAdminSettings.Retention) null), "retention",
                            AdminSettingsMessages.REQUIRED, "A value is required"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("oneBadValue")
        void givenOneBadValue_changing_namesItsPathWithItsMessageAndStoresNothing(String problem,
                ChangeAdminSettings command, String field, String messageKey, String message) {
            InvalidInputException e = refused(command);

            assertThat(e.errors()).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo(field);
                assertThat(error.messageKey()).isEqualTo(messageKey);
                assertThat(error.message()).isEqualTo(message);
            });
        }

        @Test
        void givenBadValuesInEverySection_changing_reportsEachAtOnceInTheDocumentsOrder() {
            InvalidInputException e = refused(new ChangeAdminSettings(scoring(0.1, 0.3, 3, 0.7, 0.9, 0.2),
                    access("ghosts", List.of("executives", "nobody")),
                    refresh(60, 60, "key", "Storypoints"), insights(0, false, 14, 1.5, 30),
                    new ChangeAdminSettings.Retention(null)));

            assertThat(fields(e)).containsExactly("scoring.yellowFrom", "access.companyGroup",
                    "access.companyViewerGroups[1]", "refresh.epicChildrenJql", "refresh.storyPointField",
                    "insights.unhealthyDays", "insights.titleSimilarity", "retention.fullDetailDays");
        }

        @Test
        void givenSectionsWithoutValues_changing_namesEveryMissingValue() {
            InvalidInputException e = refused(new ChangeAdminSettings(null, access(null, null),
                    refresh(null, null, null, null), insights(null, null, null, null, null), null));

            assertThat(fields(e)).containsExactly("scoring", "refresh.defaultKpiRefreshMinutes",
                    "refresh.keyResultRefreshMinutes", "refresh.epicChildrenJql", "refresh.storyPointField",
                    "insights.unhealthyDays", "insights.amberNeedsOkr", "insights.staleCheckInDays",
                    "insights.titleSimilarity", "insights.targetChangeDays", "retention");
            assertThat(e.errors()).extracting(FieldError::messageKey).containsOnly(AdminSettingsMessages.REQUIRED);
        }
    }
}
