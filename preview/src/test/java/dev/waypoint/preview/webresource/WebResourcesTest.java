package dev.waypoint.preview.webresource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waypoint.preview.PreviewServer;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebResourcesTest {

    static final ClassLoader LOADER = WebResourcesTest.class.getClassLoader();
    final WebResources test = WebResources.fromClasspath(LOADER, "preview-test-plugin.xml");

    @Test
    void givenPageModule_urls_listDependenciesFirstAndSkipOtherPlugins() {
        assertThat(test.urls(List.of("dev.waypoint.waypoint-jira:test-page"), ".css"))
                .containsExactly("/download/resources/dev.waypoint.waypoint-jira:test-common/test-common.css");
        assertThat(test.urls(List.of("test-page", "test-common"), ".js"))
                .containsExactly("/download/resources/dev.waypoint.waypoint-jira:test-page/test-page.js");
    }

    @Test
    void givenTheAppsDescriptor_inContext_findsTheModulesJiraLoadsOnDashboards() {
        WebResources app = WebResources.fromClasspath(LOADER, PreviewServer.APP_DESCRIPTOR);

        assertThat(app.inContext("atl.dashboard")).containsExactly("waypoint-dashboard-items");
        assertThat(app.inContext("waypoint.project.page")).containsExactly("waypoint-project-page");
        assertThat(test.inContext("atl.dashboard")).isEmpty();
    }

    @Test
    void givenUnknownModule_urls_fails() {
        assertThatThrownBy(() -> test.urls(List.of("nope"), ".js")).hasMessageContaining("no web-resource 'nope'");
    }

    @Test
    void givenCompleteKeyAndName_find_answersDeclaredFilesOnly() {
        assertThat(test.find("dev.waypoint.waypoint-jira:test-page", "test-page.js")).get()
                .satisfies(served -> {
                    assertThat(served.download().location()).isEqualTo("preview-test/js/test-page.js");
                    assertThat(served.module().jsI18n()).isTrue();
                });
        assertThat(test.find("dev.waypoint.waypoint-jira:test-page", "other.js")).isEmpty();
        assertThat(test.find("test-page", "test-page.js")).as("complete key needed").isEmpty();
        assertThat(test.find("other.plugin:test-page", "test-page.js")).isEmpty();
    }

    @Test
    void givenAppDescriptor_fromClasspath_readsItsPluginKey() {
        WebResources app = WebResources.fromClasspath(LOADER, PreviewServer.APP_DESCRIPTOR);

        assertThat(app.pluginKey()).isEqualTo("dev.waypoint.waypoint-jira");
    }
}
