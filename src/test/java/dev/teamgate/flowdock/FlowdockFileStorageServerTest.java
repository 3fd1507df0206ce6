package dev.teamgate.flowdock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamgate.platform.files.InstanceDirectory;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Where Flowdock keeps uploaded bytes, and that a reset removes them. */
class FlowdockFileStorageServerTest extends FlowdockServerTest {

    @Autowired
    FileUploads uploads;

    @Autowired
    InstanceDirectory instanceDirectory;

    private List<Path> filesOnDisk() throws Exception {
        Path root = uploads.storage().root();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (var entries = Files.list(root)) {
            return entries.toList();
        }
    }

    @Test
    void bytesLiveInThisServersOwnDirectory() {
        assertThat(uploads.storage().root()).isEqualTo(instanceDirectory.root().resolve("flowdock-files"))
                .isNotEqualTo(Path.of(System.getProperty("java.io.tmpdir"), "teamgate", "flowdock-files").toAbsolutePath());
    }

    @Test
    void aResetRemovesTheBytesOfFilesItForgets() throws Exception {
        List<Path> before = filesOnDisk();
        as(MIKE).header("X-flowdock-wait-for-message", "true").contentType(ContentType.JSON)
                .body("{\"event\":\"file\",\"content\":{\"data\":\"aGVsbG8=\",\"content_type\":\"text/plain\","
                        + "\"file_name\":\"hello.txt\"}}")
                .post("/flowdock/flows/acme/my-flow/messages").then().statusCode(200);
        List<Path> uploaded = filesOnDisk().stream().filter(p -> !before.contains(p)).toList();
        assertThat(uploaded).hasSize(1);
        assertThat(Files.readString(uploaded.get(0))).isEqualTo("hello");

        resetService.resetAll();

        assertThat(uploaded.get(0)).doesNotExist();
    }
}
