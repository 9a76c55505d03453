package dev.waypoint.preview.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.preview.PreviewModules;
import dev.waypoint.preview.PreviewOptions;
import dev.waypoint.preview.PreviewServer;
import dev.waypoint.preview.support.PreviewHttp;
import dev.waypoint.preview.user.UserCookie;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview with the app's wiring, on a fresh data folder and after a restart. */
class WaypointModuleTest {

    @TempDir
    Path data;

    @Test
    void givenFreshFolder_start_loadsTheSampleOnceAndServesItAndRestartKeepsIt() throws Exception {
        long started = System.nanoTime();
        Map<String, Integer> first;
        try (PreviewServer server = PreviewServer.start(PreviewOptions.forTest(data), PreviewModules.standard())) {
            Duration startUp = Duration.ofNanos(System.nanoTime() - started);
            System.out.println("Preview start-up on a fresh data folder: " + startUp.toMillis() + " ms");
            first = StoredRows.of(server.activeObjects());
            PreviewHttp http = new PreviewHttp(server.baseUri());

            // A guard against a start that hangs, not a speed budget (the start-up time is printed above and reported
            // in the README; on a shared, loaded machine it varies several-fold).
            assertThat(startUp).isLessThan(Duration.ofMinutes(5));
            assertThat(first).containsEntry("cycles", 3).containsEntry("objectives", 13)
                    .containsEntry("keyResults", 40).containsEntry("kpis", 17);
            assertThat(first.get("kpiValues")).isGreaterThan(15 * 90);
            assertThat(first.get("checkIns")).isGreaterThan(500);
            assertThat(first.get("initiatives")).isGreaterThan(10);
            HttpResponse<String> cycles = http.get("/rest/waypoint/1.0/cycles", "Cookie", UserCookie.NAME + "=lead");
            assertThat(cycles.statusCode()).isEqualTo(200);
            assertThat(cycles.body()).contains("\"state\":\"ACTIVE\"", "\"state\":\"CLOSED\"");
        }

        try (PreviewServer restarted = PreviewServer.start(PreviewOptions.forTest(data), PreviewModules.standard())) {
            assertThat(StoredRows.of(restarted.activeObjects())).isEqualTo(first);
        }

        try (PreviewServer reset = PreviewServer.start(PreviewOptions.forTest(data).withReset(true),
                PreviewModules.standard())) {
            assertThat(StoredRows.of(reset.activeObjects())).isEqualTo(first);
        }
    }
}
