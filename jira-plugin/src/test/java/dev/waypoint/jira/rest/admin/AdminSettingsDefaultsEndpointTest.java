package dev.waypoint.jira.rest.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waypoint.access.Role;
import dev.waypoint.jira.rest.kpi.KpiFixture;
import dev.waypoint.jira.rest.kpi.KpiRestWorld;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.jira.rest.support.RestRequest;
import dev.waypoint.jira.rest.support.RestResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /admin/settings/defaults}: what "Reset to default" of the admin page stores, without storing it. */
class AdminSettingsDefaultsEndpointTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KpiRestWorld world = new KpiRestWorld();

    @RegisterExtension
    final RestHarness rest = world.harness();

    @BeforeEach
    void fixture() {
        KpiFixture.install(world);
    }

    @Test
    void givenChangedSettings_gettingTheDefaults_answersAFreshInstallationsAndStoresNothing() throws Exception {
        String changed = AdminSettingsEndpointTest.DEFAULTS.replace("\"greenFrom\":0.7", "\"greenFrom\":0.8");
        assertThat(rest.send(RestRequest.put("/admin/settings", changed).as(Role.JIRA_ADMIN)).status()).isEqualTo(200);

        RestResponse defaults = rest.send(RestRequest.get("/admin/settings/defaults").as(Role.JIRA_ADMIN));

        assertThat(defaults.status()).isEqualTo(200);
        assertThat(defaults.json()).isEqualTo(JSON.readTree(AdminSettingsEndpointTest.DEFAULTS));
        assertThat(rest.send(RestRequest.get("/admin/settings").as(Role.JIRA_ADMIN)).json().path("scoring")
                .path("greenFrom").asDouble()).isEqualTo(0.8);
        assertThat(rest.send(RestRequest.put("/admin/settings", defaults.body()).as(Role.JIRA_ADMIN)).json())
                .isEqualTo(JSON.readTree(AdminSettingsEndpointTest.DEFAULTS));
    }
}
