package dev.teamgate.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceDirectoryTest {

    @TempDir
    Path tmp;

    @Test
    void everyInstanceGetsADirectoryOfItsOwn() {
        InstanceDirectory one = new InstanceDirectory(tmp);
        InstanceDirectory two = new InstanceDirectory(tmp);
        assertThat(one.root()).isNotEqualTo(two.root()).isDirectory().hasParent(tmp);
        assertThat(two.root()).isDirectory().hasParent(tmp);
        assertThat(one.orDefault(null, "flowdock-files")).isEqualTo(one.root().resolve("flowdock-files"));
        assertThat(two.orDefault(null, "flowdock-files")).isNotEqualTo(one.orDefault(null, "flowdock-files"));
    }

    @Test
    void aConfiguredDirectoryWinsAndIsNeverDeleted() throws Exception {
        Path configured = Files.createDirectories(tmp.resolve("configured"));
        Files.writeString(configured.resolve("kept.bin"), "x");
        InstanceDirectory instance = new InstanceDirectory(tmp);
        assertThat(instance.orDefault(configured, "flowdock-files")).isEqualTo(configured);
        instance.destroy();
        assertThat(configured.resolve("kept.bin")).exists();
    }

    @Test
    void shutdownDeletesTheDirectoryWithEverythingInIt() throws Exception {
        InstanceDirectory instance = new InstanceDirectory(tmp);
        Path files = Files.createDirectories(instance.orDefault(null, "flowdock-files"));
        Files.writeString(files.resolve("0f8b1c9e-0000-4000-8000-000000000000"), "bytes");
        instance.destroy();
        assertThat(instance.root()).doesNotExist();
    }
}
