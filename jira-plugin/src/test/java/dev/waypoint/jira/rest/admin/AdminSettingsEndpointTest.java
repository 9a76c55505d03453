package dev.waypoint.jira.rest.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waypoint.access.Role;
import dev.waypoint.jira.rest.kpi.KpiFixture;
import dev.waypoint.jira.rest.kpi.KpiRestWorld;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.jira.rest.support.RestRequest;
import dev.waypoint.jira.rest.support.RestResponse;
import dev.waypoint.app.admin.WaypointSettings;
import dev.waypoint.kpi.testdata.KpiTestData;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET / PUT /admin/settings} through the JAX-RS runtime, stored in SAL plugin settings by the real adapters. */
class AdminSettingsEndpointTest {

    /** The settings of a fresh installation, as the API writes them. */
    static final String DEFAULTS = "{\"scoring\":{\"onTrackMargin\":0.1,\"atRiskMargin\":0.3,\"lowConfidence\":3,"
            + "\"greenFrom\":0.7,\"yellowFrom\":0.4,\"overrideNoteThreshold\":0.2},"
            + "\"access\":{\"companyGroup\":null,\"companyViewerGroups\":[]},"
            + "\"refresh\":{\"defaultKpiRefreshMinutes\":60,\"keyResultRefreshMinutes\":60,"
            + "\"epicChildrenJql\":\"\\\"Epic Link\\\" = {key}\",\"storyPointField\":\"Story Points\"},"
            + "\"insights\":{\"unhealthyDays\":7,\"amberNeedsOkr\":false,\"staleCheckInDays\":14,"
            + "\"titleSimilarity\":0.8,\"targetChangeDays\":30},"
            + "\"retention\":{\"fullDetailDays\":30}}";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KpiRestWorld world = new KpiRestWorld();

    @RegisterExtension
    final RestHarness rest = world.harness();

    @BeforeEach
    void fixture() {
        KpiFixture.install(world);
        world.users().group("waypoint-leaders", List.of(KpiTestData.agent("leader")))
                .group("executives", List.of());
    }

    private RestResponse put(String body) {
        return rest.send(RestRequest.put("/admin/settings", body).as(Role.JIRA_ADMIN));
    }

    @Test
    void givenFreshInstallation_getting_answersTheDefaults() throws Exception {
        RestResponse response = rest.send(RestRequest.get("/admin/settings").as(Role.JIRA_ADMIN));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(JSON.readTree(DEFAULTS));
    }

    @Test
    void givenValidDocument_putting_storesEverySettingForTheAppsReaders() throws Exception {
        String changed = DEFAULTS.replace("\"greenFrom\":0.7", "\"greenFrom\":0.8")
                .replace("\"companyGroup\":null", "\"companyGroup\":\"waypoint-leaders\"")
                .replace("\"companyViewerGroups\":[]", "\"companyViewerGroups\":[\"executives\"]")
                .replace("\"defaultKpiRefreshMinutes\":60", "\"defaultKpiRefreshMinutes\":15")
                .replace("{key}", "{key} OR parent = {key}")
                .replace("\"amberNeedsOkr\":false", "\"amberNeedsOkr\":true")
                .replace("\"fullDetailDays\":30", "\"fullDetailDays\":60");

        RestResponse response = put(changed);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(JSON.readTree(changed));
        assertThat(rest.send(RestRequest.get("/admin/settings").as(Role.JIRA_ADMIN)).json())
                .isEqualTo(JSON.readTree(changed));
        WaypointSettings stored = world.settings().current();
        assertThat(stored.scoring().greenFrom()).isEqualTo(0.8);
        assertThat(stored.access().companyGroup()).contains("waypoint-leaders");
        assertThat(stored.refresh().epicChildrenJql()).isEqualTo("\"Epic Link\" = {key} OR parent = {key}");
        assertThat(stored.insights().amberNeedsOkr()).isTrue();
        assertThat(world.pluginSettings().get("dev.waypoint.access.companyGroup")).isEqualTo("waypoint-leaders");
        assertThat(world.pluginSettings().get("dev.waypoint.refresh.storyPointField")).isEqualTo("Story Points");
    }

    @Test
    void givenNewDefaultRefreshInterval_creatingAKpiWithoutOne_usesIt() {
        put(DEFAULTS.replace("\"defaultKpiRefreshMinutes\":60", "\"defaultKpiRefreshMinutes\":15"));

        RestResponse created = rest.send(RestRequest.post("/kpis", "{\"name\":\"Backlog\",\"format\":\"NUMBER\","
                + "\"direction\":\"LOWER_IS_BETTER\",\"target\":5,\"project\":\"TEAM\","
                + "\"source\":{\"type\":\"MANUAL\"}}").as(Role.OWNER));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("refreshMinutes").asInt()).isEqualTo(15);
    }

    @Test
    void givenUnknownGroups_putting_namesEachAndStoresNothing() {
        var before = world.snapshot();

        RestResponse response = put(DEFAULTS.replace("\"companyGroup\":null", "\"companyGroup\":\"ghosts\"")
                .replace("\"companyViewerGroups\":[]", "\"companyViewerGroups\":[\"executives\",\"nobody\"]"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("access.companyGroup", "access.companyViewerGroups[1]");
        assertThat(response.errorMessages()).first().isEqualTo("Group \"ghosts\" does not exist");
        assertThat(world.snapshot()).isEqualTo(before);
    }

    @Test
    void givenBandsInTheWrongOrderAndOtherProblems_putting_reportsEveryFieldAtOnce() {
        RestResponse response = put(DEFAULTS.replace("\"yellowFrom\":0.4", "\"yellowFrom\":0.9")
                .replace("\"storyPointField\":\"Story Points\"", "\"storyPointField\":\"Storypoints\"")
                .replace("{key}", "key")
                .replace("\"unhealthyDays\":7", "\"unhealthyDays\":0")
                .replace("\"titleSimilarity\":0.8", "\"titleSimilarity\":1.5"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactlyInAnyOrder("scoring.yellowFrom",
                "refresh.storyPointField", "refresh.epicChildrenJql", "insights.unhealthyDays",
                "insights.titleSimilarity");
        assertThat(response.errorMessages()).contains(
                "The query needs the placeholder {key}, which is replaced by the epic's key",
                "No custom field has the id or name \"Storypoints\"");
    }

    @Test
    void givenMissingSection_putting_namesIt() {
        RestResponse response = put("{\"scoring\":null,\"access\":{},\"refresh\":{},\"insights\":{}}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).contains("scoring", "retention", "refresh.defaultKpiRefreshMinutes",
                "refresh.storyPointField", "insights.amberNeedsOkr");
    }

    @Test
    void givenDamagedStoredValue_getting_answersItsDefault() throws Exception {
        world.pluginSettings().put("dev.waypoint.scoring.greenFrom", "green");
        world.pluginSettings().put("dev.waypoint.insight.unhealthyDays", "-4");

        RestResponse response = rest.send(RestRequest.get("/admin/settings").as(Role.JIRA_ADMIN));

        assertThat(response.json()).isEqualTo(JSON.readTree(DEFAULTS));
    }

    @Test
    void givenProjectAdmin_putting_isRefusedAndStoresNothing() {
        var before = world.snapshot();

        RestResponse response = rest.send(RestRequest.put("/admin/settings", DEFAULTS.replace("0.7", "0.9"))
                .as(Role.PROJECT_ADMIN));

        assertThat(response.status()).isEqualTo(403);
        assertThat(world.snapshot()).isEqualTo(before);
    }
}
