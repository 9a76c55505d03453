package dev.waypoint.jira.rest.admin;

import static dev.waypoint.jira.rest.admin.AdminSettingsEndpointTest.DEFAULTS;

import dev.waypoint.access.Role;
import dev.waypoint.jira.rest.kpi.KpiFixture;
import dev.waypoint.jira.rest.kpi.KpiRestWorld;
import dev.waypoint.jira.rest.support.BadInputCorpus;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.jira.rest.support.RestRequest;
import dev.waypoint.kpi.testdata.KpiTestData;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Bad admin settings: every case names its field by its JSON path and stores nothing (the snapshot holds the SAL
 * plugin settings). The group {@code waypoint-leaders} exists; "Story Points" is a custom field.
 */
class AdminSettingsBadInputCorpusTest {

    private final KpiRestWorld world = new KpiRestWorld();

    @RegisterExtension
    final RestHarness rest = world.harness();

    private void fixture() {
        KpiFixture.install(world);
        world.users().group("waypoint-leaders", List.of(KpiTestData.agent("leader")));
    }

    private static RestRequest put(String from, String to) {
        String body = DEFAULTS.replace(from, to);
        if (body.equals(DEFAULTS)) {
            throw new IllegalArgumentException("no " + from + " in the defaults");
        }
        return RestRequest.put("/admin/settings", body);
    }

    @TestFactory
    Stream<DynamicTest> badInput() {
        String manyGroups = IntStream.range(0, 51).mapToObj(i -> "\"waypoint-leaders\"")
                .collect(Collectors.joining(",", "[", "]"));
        return BadInputCorpus.against(rest)
                .as(Role.JIRA_ADMIN)
                .beforeEach(this::fixture)
                .unchanged(world::snapshot)
                .jsonAttacks(RestRequest.put("/admin/settings", DEFAULTS))
                .add400("on-track margin above 1", put("\"onTrackMargin\":0.1", "\"onTrackMargin\":1.5"),
                        "scoring.onTrackMargin")
                .add400("at-risk margin below the on-track margin", put("\"atRiskMargin\":0.3",
                        "\"atRiskMargin\":0.05"), "scoring.atRiskMargin")
                .add400("low confidence 11", put("\"lowConfidence\":3", "\"lowConfidence\":11"),
                        "scoring.lowConfidence")
                .add400("low confidence 3.5", put("\"lowConfidence\":3", "\"lowConfidence\":3.5"),
                        "scoring.lowConfidence")
                .add400("green band negative", put("\"greenFrom\":0.7", "\"greenFrom\":-0.1"), "scoring.greenFrom")
                .add400("green band 1e999", put("\"greenFrom\":0.7", "\"greenFrom\":1e999"), "scoring.greenFrom")
                .add400("green band as a string", put("\"greenFrom\":0.7", "\"greenFrom\":\"0.7\""),
                        "scoring.greenFrom")
                .add400("yellow band above green", put("\"yellowFrom\":0.4", "\"yellowFrom\":0.8"),
                        "scoring.yellowFrom")
                .add400("override threshold missing", put(",\"overrideNoteThreshold\":0.2", ""),
                        "scoring.overrideNoteThreshold")
                .add400("unknown scoring property", put("\"lowConfidence\":3", "\"lowConfidence\":3,\"zz\":1"),
                        "scoring.zz")
                .add400("unknown company group", put("\"companyGroup\":null", "\"companyGroup\":\"ghosts\""),
                        "access.companyGroup")
                .add400("blank company group", put("\"companyGroup\":null", "\"companyGroup\":\"  \""),
                        "access.companyGroup")
                .add400("company group of 256 characters", put("\"companyGroup\":null",
                        "\"companyGroup\":\"" + "g".repeat(256) + "\""), "access.companyGroup")
                .add400("company group with a line break", put("\"companyGroup\":null",
                        "\"companyGroup\":\"waypoint\\nleaders\""), "access.companyGroup")
                .add400("unknown viewer group", put("\"companyViewerGroups\":[]",
                        "\"companyViewerGroups\":[\"waypoint-leaders\",\"ghosts\"]"), "access.companyViewerGroups[1]")
                .add400("viewer group null", put("\"companyViewerGroups\":[]", "\"companyViewerGroups\":[null]"),
                        "access.companyViewerGroups[0]")
                .add400("viewer groups not a list", put("\"companyViewerGroups\":[]",
                        "\"companyViewerGroups\":\"waypoint-leaders\""), "access.companyViewerGroups")
                .add400("51 viewer groups", put("\"companyViewerGroups\":[]", "\"companyViewerGroups\":"
                        + manyGroups), "access.companyViewerGroups")
                .add400("KPI refresh every 4 minutes", put("\"defaultKpiRefreshMinutes\":60",
                        "\"defaultKpiRefreshMinutes\":4"), "refresh.defaultKpiRefreshMinutes")
                .add400("key-result refresh beyond a week", put("\"keyResultRefreshMinutes\":60",
                        "\"keyResultRefreshMinutes\":10081"), "refresh.keyResultRefreshMinutes")
                .add400("epic JQL without placeholder", put("{key}", "EPIC"), "refresh.epicChildrenJql")
                .add400("epic JQL blank", put("\"\\\"Epic Link\\\" = {key}\"", "\" \""), "refresh.epicChildrenJql")
                .add400("epic JQL of 4,001 characters", put("= {key}", "= {key}" + "x".repeat(4_000)),
                        "refresh.epicChildrenJql")
                .add400("epic JQL with a control character", put("= {key}", "= {key}\\u0002"),
                        "refresh.epicChildrenJql")
                .add400("unknown story-point field", put("\"Story Points\"", "\"Story Pts\""),
                        "refresh.storyPointField")
                .add400("blank story-point field", put("\"Story Points\"", "\"\""), "refresh.storyPointField")
                .add400("unhealthy for 0 days", put("\"unhealthyDays\":7", "\"unhealthyDays\":0"),
                        "insights.unhealthyDays")
                .add400("unhealthy for 367 days", put("\"unhealthyDays\":7", "\"unhealthyDays\":367"),
                        "insights.unhealthyDays")
                .add400("amber flag as text", put("\"amberNeedsOkr\":false", "\"amberNeedsOkr\":\"yes\""),
                        "insights.amberNeedsOkr")
                .add400("amber flag missing", put("\"amberNeedsOkr\":false,", ""), "insights.amberNeedsOkr")
                .add400("stale after -1 days", put("\"staleCheckInDays\":14", "\"staleCheckInDays\":-1"),
                        "insights.staleCheckInDays")
                .add400("title similarity 0", put("\"titleSimilarity\":0.8", "\"titleSimilarity\":0"),
                        "insights.titleSimilarity")
                .add400("target change days missing", put(",\"targetChangeDays\":30", ""),
                        "insights.targetChangeDays")
                .add400("retention of 0 days", put("\"fullDetailDays\":30", "\"fullDetailDays\":0"),
                        "retention.fullDetailDays")
                .add400("retention missing", put(",\"retention\":{\"fullDetailDays\":30}", ""), "retention")
                .add400("scoring as a list", put("\"scoring\":{", "\"scoring\":[],\"x\":{"), "scoring")
                .add("POST is not a method of the settings", RestRequest.post("/admin/settings", DEFAULTS), 405, null)
                .dynamicTests();
    }
}
