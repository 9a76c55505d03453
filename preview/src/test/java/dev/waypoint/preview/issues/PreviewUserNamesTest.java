package dev.waypoint.preview.issues;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.preview.sample.SamplePeople;
import dev.waypoint.preview.user.PreviewDirectory;
import dev.waypoint.shared.UserKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PreviewUserNamesTest {

    private final PreviewUserNames names = new PreviewUserNames(new SamplePeople(PreviewDirectory.standard()).users());

    @Test
    void givenPreviewDirectoryOnlyAndUnknownUsers_displayNames_namesTheKnownOnes() {
        assertThat(names.displayNames(List.of(new UserKey("lead"), new UserKey("dana"), new UserKey("mallory"),
                new UserKey("lead")))).containsOnlyKeys(new UserKey("lead"), new UserKey("dana"))
                .contains(Map.entry(new UserKey("lead"), "Leo Lead"));
    }
}
