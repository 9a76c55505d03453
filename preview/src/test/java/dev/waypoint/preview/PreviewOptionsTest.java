package dev.waypoint.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PreviewOptionsTest {

    @Test
    void givenNothing_parse_usesDefaults() {
        PreviewOptions options = PreviewOptions.parse(new String[0], new Properties());

        assertThat(options).isEqualTo(new PreviewOptions(2990, Path.of("preview-data"), false, false, true, false));
    }

    @Test
    void givenArguments_parse_overridesSystemProperties() {
        Properties system = new Properties();
        system.setProperty("preview.port", "8080");
        system.setProperty("preview.data", "/tmp/from-property");

        PreviewOptions fromProperties = PreviewOptions.parse(new String[0], system);
        PreviewOptions fromArguments = PreviewOptions.parse(
                new String[] {"--port=0", "--data=/tmp/x", "--reset", "--strict", "--no-jobs"}, system);

        assertThat(fromProperties.port()).isEqualTo(8080);
        assertThat(fromProperties.dataFolder()).isEqualTo(Path.of("/tmp/from-property"));
        assertThat(fromArguments).isEqualTo(new PreviewOptions(0, Path.of("/tmp/x"), true, true, false, false));
    }

    @Test
    void givenBadArguments_parse_failsWithMessage() {
        assertThatThrownBy(() -> PreviewOptions.parse(new String[] {"--port=abc"}, new Properties()))
                .hasMessageContaining("--port must be a number");
        assertThatThrownBy(() -> PreviewOptions.parse(new String[] {"--port=70000"}, new Properties()))
                .hasMessageContaining("between 0 and 65535");
        assertThatThrownBy(() -> PreviewOptions.parse(new String[] {"--colour"}, new Properties()))
                .hasMessageContaining("unknown option: --colour");
    }
}
