package dev.waypoint.preview.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.activeobjects.spi.DatabaseType;
import dev.waypoint.ao.embedded.PostgreSqlServer;
import dev.waypoint.preview.PreviewModules;
import dev.waypoint.preview.PreviewOptions;
import dev.waypoint.preview.PreviewServer;
import dev.waypoint.preview.data.PreviewDatabase;
import dev.waypoint.preview.support.PreviewHttp;
import dev.waypoint.preview.user.UserCookie;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview with {@code --db} on PostgreSQL (skipped where no server is configured, see {@link PostgreSqlServer}):
 * the sample data go into the database, the app serves them, a restart keeps them, a data folder that does not belong
 * to the database is refused, {@code --reset} starts both again.
 */
class WaypointModuleOnPostgresTest {

    @TempDir
    Path temp;

    private PostgreSqlServer server;
    private String url;

    @BeforeEach
    void createDatabase() {
        Optional<PostgreSqlServer> configured = PostgreSqlServer.forTests();
        Assumptions.assumeTrue(configured.isPresent(), PostgreSqlServer.SKIPPED);
        server = configured.get();
        url = server.createDatabase();
    }

    @AfterEach
    void dropDatabase() {
        if (url != null) {
            server.dropDatabase(url);
        }
    }

    @Test
    void givenPostgresqlDatabase_start_loadsTheSampleThereServesItAndRestartKeepsIt() throws Exception {
        Path data = temp.resolve("data");
        PreviewOptions options = PreviewOptions.forTest(data).withDatabase(new PreviewDatabase(url, null, null));
        long started = System.nanoTime();
        Map<String, Integer> first;
        try (PreviewServer preview = PreviewServer.start(options, PreviewModules.standard())) {
            System.out.println("Preview start-up on PostgreSQL with a fresh data folder: "
                    + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
            assertThat(preview.activeObjects().moduleMetaData().getDatabaseType()).isEqualTo(DatabaseType.POSTGRESQL);
            first = StoredRows.of(preview.activeObjects());
            assertThat(first).containsEntry("cycles", 3).containsEntry("objectives", 13)
                    .containsEntry("keyResults", 40).containsEntry("kpis", 17);
            assertThat(first.get("kpiValues")).isGreaterThan(15 * 90);
            HttpResponse<String> cycles = new PreviewHttp(preview.baseUri()).get("/rest/waypoint/1.0/cycles",
                    "Cookie", UserCookie.NAME + "=lead");
            assertThat(cycles.statusCode()).isEqualTo(200);
            assertThat(cycles.body()).contains("\"state\":\"ACTIVE\"", "\"state\":\"CLOSED\"");
        }

        try (PreviewServer restarted = PreviewServer.start(options, PreviewModules.standard())) {
            assertThat(StoredRows.of(restarted.activeObjects())).isEqualTo(first);
        }

        assertThatThrownBy(() -> PreviewServer.start(PreviewOptions.forTest(temp.resolve("other"))
                .withDatabase(new PreviewDatabase(url, null, null)), PreviewModules.standard()))
                .hasMessageContaining("already holds Waypoint data");

        try (PreviewServer reset = PreviewServer.start(options.withReset(true), PreviewModules.standard())) {
            assertThat(StoredRows.of(reset.activeObjects())).isEqualTo(first);
        }
    }
}
