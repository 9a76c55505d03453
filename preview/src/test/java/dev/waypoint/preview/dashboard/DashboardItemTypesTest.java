package dev.waypoint.preview.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waypoint.preview.PreviewServer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DashboardItemTypesTest {

    @Test
    void givenTheAppsDescriptor_reading_findsItsFourConfigurableItemsWithTheirDirectoryEntries() {
        DashboardItemTypes types = DashboardItemTypes.fromClasspath(getClass().getClassLoader(),
                PreviewServer.APP_DESCRIPTOR);

        assertThat(types.types()).extracting(DashboardItemType::amdModule).containsExactly(
                "waypoint/dashboard/okr-progress", "waypoint/dashboard/kpi-scorecard", "waypoint/dashboard/kpi-trend",
                "waypoint/dashboard/agent-workload");
        DashboardItemType okr = types.find("dev.waypoint.waypoint-jira:waypoint-okr-progress-item").orElseThrow();
        assertThat(okr.configurable()).isTrue();
        assertThat(okr.titleKey()).isEqualTo("waypoint.dashboard.okr.title");
        assertThat(okr.author()).isEqualTo("Waypoint");
        assertThat(okr.categories()).contains("Jira");
        assertThat(okr.thumbnail()).isEqualTo(
                "/download/resources/dev.waypoint.waypoint-jira:waypoint-dashboard-items/thumbnail-okr-progress.png");
        assertThat(types.find("dev.waypoint.waypoint-jira:nope")).isEmpty();
    }

    @Test
    void givenAnItemWithoutAmdModule_reading_failsNamingIt() {
        String xml = """
                <atlassian-plugin key="p"><dashboard-item key="broken"><definition><title key="t"/></definition>
                </dashboard-item></atlassian-plugin>
                """;

        assertThatThrownBy(() -> DashboardItemTypes.parse(new ByteArrayInputStream(
                xml.getBytes(StandardCharsets.UTF_8)))).hasMessageContaining("broken");
    }

    @Test
    void givenNoDescriptor_reading_findsNoItem() {
        assertThat(DashboardItemTypes.fromClasspath(getClass().getClassLoader(), "no-such.xml").types()).isEmpty();
    }
}
