package dev.waypoint.jira.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import dev.waypoint.access.AccessSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PluginSettingsAccessSettingsTest {

    private final PluginSettings stored = mock(PluginSettings.class);
    private final PluginSettingsFactory factory = mock(PluginSettingsFactory.class);
    private final PluginSettingsAccessSettings settings = new PluginSettingsAccessSettings(factory);

    @BeforeEach
    void setUp() {
        when(factory.createGlobalSettings()).thenReturn(stored);
    }

    @Test
    void givenNothingStored_reading_answersTheDefaults() {
        assertThat(settings.current()).isEqualTo(AccessSettings.DEFAULTS);
    }

    @Test
    void givenStoredValues_reading_answersThem() {
        when(stored.get(PluginSettingsAccessSettings.COMPANY_GROUP)).thenReturn("leaders");
        when(stored.get(PluginSettingsAccessSettings.COMPANY_VIEWER_GROUPS))
                .thenReturn(new ArrayList<>(List.of("executives", "managers")));

        assertThat(settings.current())
                .isEqualTo(new AccessSettings(Optional.of("leaders"), Set.of("executives", "managers")));
    }

    @Test
    void givenMalformedValues_reading_ignoresThem() {
        when(stored.get(PluginSettingsAccessSettings.COMPANY_GROUP)).thenReturn(" ");
        when(stored.get(PluginSettingsAccessSettings.COMPANY_VIEWER_GROUPS))
                .thenReturn(new ArrayList<>(Arrays.asList("executives", 7, "", null)));

        assertThat(settings.current())
                .isEqualTo(new AccessSettings(Optional.empty(), Set.of("executives")));
    }

    @Test
    void givenWrongTypes_reading_answersTheDefaults() {
        when(stored.get(PluginSettingsAccessSettings.COMPANY_GROUP)).thenReturn(42);
        when(stored.get(PluginSettingsAccessSettings.COMPANY_VIEWER_GROUPS)).thenReturn("executives");

        assertThat(settings.current()).isEqualTo(AccessSettings.DEFAULTS);
    }

    @Test
    void givenSettings_saving_storesGroupAndSortedViewerGroups() {
        settings.save(new AccessSettings(Optional.of("leaders"), Set.of("b-team", "a-team")));

        verify(stored).put(PluginSettingsAccessSettings.COMPANY_GROUP, "leaders");
        verify(stored).put(PluginSettingsAccessSettings.COMPANY_VIEWER_GROUPS, List.of("a-team", "b-team"));
    }

    @Test
    void givenDefaults_saving_removesBothKeys() {
        settings.save(AccessSettings.DEFAULTS);

        verify(stored).remove(PluginSettingsAccessSettings.COMPANY_GROUP);
        verify(stored).remove(PluginSettingsAccessSettings.COMPANY_VIEWER_GROUPS);
    }
}
