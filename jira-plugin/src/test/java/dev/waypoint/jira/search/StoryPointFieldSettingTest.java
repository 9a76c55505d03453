package dev.waypoint.jira.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StoryPointFieldSettingTest {

    private final PluginSettings stored = mock(PluginSettings.class);
    private final PluginSettingsFactory factory = mock(PluginSettingsFactory.class);
    private final StoryPointFieldSetting setting = new StoryPointFieldSetting(factory);

    @BeforeEach
    void setUp() {
        when(factory.createGlobalSettings()).thenReturn(stored);
    }

    @Test
    void givenNothingStored_reading_answersJiraSoftwaresStoryPointsField() {
        assertThat(setting.current()).isEqualTo("Story Points");
    }

    @Test
    void givenAStoredFieldId_reading_answersItTrimmed() {
        when(stored.get(StoryPointFieldSetting.KEY)).thenReturn(" customfield_10106 ");

        assertThat(setting.current()).isEqualTo("customfield_10106");
    }

    @Test
    void givenABlankOrMistypedValue_reading_answersTheDefault() {
        when(stored.get(StoryPointFieldSetting.KEY)).thenReturn(" ", 42);

        assertThat(setting.current()).isEqualTo("Story Points");
        assertThat(setting.current()).isEqualTo("Story Points");
    }

    @Test
    void givenAFieldOrNothing_saving_storesItOrRemovesTheKey() {
        setting.save(" Estimate ");
        setting.save(" ");

        verify(stored).put(StoryPointFieldSetting.KEY, "Estimate");
        verify(stored).remove(StoryPointFieldSetting.KEY);
    }
}
