package dev.waypoint.preview.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewDataFolderTest {

    @TempDir
    Path temp;

    @Test
    void givenNoFolder_prepare_createsAndMarksIt() {
        PreviewDataFolder folder = PreviewDataFolder.prepare(temp.resolve("data"), false);

        assertThat(folder.created()).isTrue();
        assertThat(folder.path().resolve(PreviewDataFolder.MARKER)).exists();
        assertThat(PreviewDataFolder.prepare(temp.resolve("data"), false).created()).isFalse();
    }

    @Test
    void givenMarkedFolder_reset_deletesEverythingInIt() throws Exception {
        Path data = PreviewDataFolder.prepare(temp.resolve("data"), false).path();
        Files.writeString(data.resolve("waypoint.script"), "x");

        PreviewDataFolder reset = PreviewDataFolder.prepare(data, true);

        assertThat(reset.created()).isTrue();
        assertThat(data.resolve("waypoint.script")).doesNotExist();
    }

    @Test
    void givenFile_prepare_refuses() throws Exception {
        Path file = Files.writeString(temp.resolve("file.txt"), "x");

        assertThatThrownBy(() -> PreviewDataFolder.prepare(file, true)).hasMessageContaining("is not a folder");
        assertThat(file).exists();
    }
}
