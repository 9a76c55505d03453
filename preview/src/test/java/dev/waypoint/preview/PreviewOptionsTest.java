package dev.waypoint.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waypoint.preview.data.PreviewDatabase;
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

    @Test
    void givenDatabaseOptions_parse_namesThePostgresqlDatabase() {
        Properties system = new Properties();
        system.setProperty("preview.db.password", "from-property");

        PreviewOptions options = PreviewOptions.parse(new String[] {"--db=jdbc:postgresql://db:5432/waypoint",
                "--db-user=waypoint"}, system);

        assertThat(options.database()).isEqualTo(new PreviewDatabase("jdbc:postgresql://db:5432/waypoint",
                "waypoint", "from-property"));
        assertThat(options.database().toString()).doesNotContain("from-property");
        assertThat(PreviewOptions.parse(new String[0], new Properties()).database()).isNull();
    }

    @Test
    void givenBadDatabaseOptions_parse_failsWithMessage() {
        assertThatThrownBy(() -> PreviewOptions.parse(new String[] {"--db=jdbc:mysql://db/waypoint"},
                new Properties())).hasMessageContaining("--db must be a PostgreSQL JDBC URL");
        assertThatThrownBy(() -> PreviewOptions.parse(new String[] {"--db-user=waypoint"}, new Properties()))
                .hasMessageContaining("need --db=");
    }
}
