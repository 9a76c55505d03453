package dev.waypoint.jira.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The budget of the app's own front end: its JavaScript and CSS, each file gzipped as a server sends it, under 60 KB in
 * total. The chart library (vendored from npm) and AUI (Jira's) are not counted; the chart library's size is printed.
 */
class WebAssetSizeTest {

    static final int BUDGET_BYTES = 60 * 1024;

    static int gzipped(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }

    @Test
    void givenTheAppsOwnJsAndCss_gzippedOneByOne_stayUnder60KbInTotal() throws Exception {
        int raw = 0;
        int total = 0;
        int files = 0;
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (WebAssetsTest.Download download : WebAssetsTest.appDownloads()) {
            String location = download.location();
            if (location.startsWith("js/vendor/") || !(location.endsWith(".js") || location.endsWith(".css"))) {
                continue;
            }
            byte[] content = WebTemplates.text(location).getBytes(StandardCharsets.UTF_8);
            raw += content.length;
            total += gzipped(content);
            all.write(content);
            files++;
        }
        byte[] chart = WebTemplates.text("js/vendor/chart.umd.min.js").getBytes(StandardCharsets.UTF_8);
        System.out.printf("Waypoint front end: %d own JS/CSS files, %,d bytes, %,d bytes gzipped one by one, %,d bytes "
                + "gzipped as one batch (budget %,d); chart library %,d bytes, %,d bytes gzipped (not counted)%n",
                files, raw, total, gzipped(all.toByteArray()), BUDGET_BYTES, chart.length, gzipped(chart));

        assertThat(files).isGreaterThan(10);
        assertThat(total).isLessThan(BUDGET_BYTES);
    }
}
