package dev.waypoint.preview.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import dev.waypoint.ao.embedded.EmbeddedActiveObjects;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The preview's plugin settings in the database, as two nodes see them (two factories on one database). */
class DatabasePluginSettingsTest {

    private final EmbeddedActiveObjects ao = EmbeddedActiveObjects.inMemory(PreviewStorage.NAMESPACE);
    private final DatabasePluginSettings nodeA;
    private final DatabasePluginSettings nodeB;

    DatabasePluginSettingsTest() {
        ao.migrate(PreviewStorage.ENTITIES);
        nodeA = new DatabasePluginSettings(ao);
        nodeB = new DatabasePluginSettings(ao);
    }

    @AfterEach
    void close() {
        ao.close();
    }

    @Test
    void givenValuesPutOnOneNode_createGlobalSettings_readsThemOnTheOther() {
        PluginSettings a = nodeA.createGlobalSettings();

        a.put("dev.waypoint.one", "1.5");
        a.put("dev.waypoint.groups", List.of("support-agents", "jira-administrators"));
        a.put("dev.waypoint.empty", List.of());

        PluginSettings b = nodeB.createGlobalSettings();
        assertThat(b.get("dev.waypoint.one")).isEqualTo("1.5");
        assertThat(b.get("dev.waypoint.groups")).isEqualTo(List.of("support-agents", "jira-administrators"));
        assertThat(b.get("dev.waypoint.empty")).isEqualTo(List.of());
        assertThat(b.get("dev.waypoint.missing")).isNull();
    }

    @Test
    void givenAValueReplacedAndOneRemoved_createGlobalSettings_readsTheLatest() {
        nodeA.createGlobalSettings().put("dev.waypoint.one", "1");
        nodeA.createGlobalSettings().put("dev.waypoint.two", "2");

        Object previous = nodeB.createGlobalSettings().put("dev.waypoint.one", "11");
        nodeB.createGlobalSettings().remove("dev.waypoint.two");

        assertThat(previous).isEqualTo("1");
        assertThat(nodeA.createGlobalSettings().get("dev.waypoint.one")).isEqualTo("11");
        assertThat(nodeA.createGlobalSettings().get("dev.waypoint.two")).isNull();
        assertThat(ao.count(PreviewSetting.class)).isEqualTo(1);
    }

    @Test
    void givenAnotherValueType_put_refusesIt() {
        assertThatThrownBy(() -> nodeA.createGlobalSettings().put("dev.waypoint.map", java.util.Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> nodeA.createSettingsForKey("project"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
