package dev.teamgate.stackfield;

import static dev.teamgate.stackfield.SeededWebhooks.CHAT;
import static dev.teamgate.stackfield.SeededWebhooks.FILE;
import static dev.teamgate.stackfield.SeededWebhooks.ROOM_SETTINGS;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.teamgate.domain.file.StoredFile;
import dev.teamgate.platform.nativeport.NativePorts;
import dev.teamgate.support.SandboxSettings;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every {@code teamgate.stackfield.*} knob, set small so the limits are reached without sending
 * (or allocating) a gigabyte: 1 KB files, 1.5 KB of organization storage, 2 KB JSON bodies, three
 * users per list, no call limit, no double-request window, and the native port.
 */
@SandboxSettings
class StackfieldLimitsServerTest extends StackfieldServerTest {

    static final String TOO_BIG = result("4042", "File is too big. Max 1KB.");
    static final String NO_STORAGE =
            result("4042", "There is not enough free storage space in this organization to perform the upload.");

    @Autowired FileUploads uploads;
    @Autowired NativePorts nativePorts;

    String upload(String name, int size) {
        return given().multiPart("File", name, new byte[size]).post(webhookPath(FILE))
                .then().statusCode(200).extract().asString();
    }

    long filesOnDisk() throws Exception {
        if (!Files.isDirectory(uploads.storageRoot())) {
            return 0;
        }
        try (var entries = Files.list(uploads.storageRoot())) {
            return entries.count();
        }
    }

    @Test
    void theUploadsGoToTheConfiguredDirectory() {
        assertThat(uploads.storageRoot())
                .isEqualTo(Path.of(System.getProperty("java.io.tmpdir"), "teamgate-tests", "stackfield-limits").toAbsolutePath());
    }

    @Test
    void aFileOverTheConfiguredSizeIs4042FileTooBig() throws Exception {
        assertThat(upload("big.bin", 1025)).isEqualTo(TOO_BIG);
        assertThat(demoFiles()).isEmpty();
        assertThat(filesOnDisk()).isZero();

        assertThat(upload("fits.bin", 1024)).isEqualTo(OK);
        assertThat(demoFiles()).extracting(StoredFile::getSizeBytes).containsExactly(1024L);
    }

    @Test
    void anUploadBeyondTheOrganizationsStorageIs4042NotEnoughStorage() throws Exception {
        assertThat(upload("first.bin", 1000)).isEqualTo(OK);
        assertThat(upload("second.bin", 537)).isEqualTo(NO_STORAGE);
        assertThat(upload("third.bin", 536)).isEqualTo(OK);

        assertThat(demoFiles()).extracting(StoredFile::getName).containsExactly("first.bin", "third.bin");
        assertThat(filesOnDisk()).isEqualTo(2);
    }

    @Test
    void theBlockedExtensionsAreConfigurable() {
        assertThat(upload("install.sh", 10)).isEqualTo(result("4045", "Invalid file type."));
        assertThat(upload("setup.exe", 10)).isEqualTo(OK);
    }

    @Test
    void storageThatCannotBeWrittenIs4044() throws Exception {
        Path root = uploads.storageRoot();
        if (Files.isDirectory(root)) {
            try (var entries = Files.list(root)) {
                for (Path entry : entries.toList()) {
                    Files.delete(entry);
                }
            }
            Files.delete(root);
        }
        Files.createDirectories(root.getParent());
        Files.writeString(root, "a file where the directory should be");
        try {
            assertThat(upload("doc.txt", 10)).isEqualTo(result("4044", "Attachment could not be added."));
            assertThat(demoFiles()).isEmpty();
        } finally {
            Files.delete(root);
        }
    }

    @Test
    void aJsonBodyOverTheConfiguredSizeIs4034() {
        String title = "z".repeat(2048);
        given().contentType(ContentType.JSON).body("{\"Title\":\"" + title + "\"}").post(webhookPath(CHAT))
                .then().statusCode(200).body(equalTo(result("4034", "Invalid request.")));
        assertThat(demoRoomMessages()).isEmpty();
    }

    @Test
    void moreUsersThanConfiguredIs4073() {
        given().contentType(ContentType.JSON)
                .body("{\"Command\":\"GrantRoomAccess\",\"Users\":[\"user1@demo.de\",\"user2@demo.de\",\"gina@partner.example\",\"eve@external.example\"]}")
                .post(webhookPath(ROOM_SETTINGS))
                .then().statusCode(200).body(equalTo(result("4073", "To many invitations")));
        assertThat(members(SeededWebhooks.PROJECTS_ROOM_ID)).hasSize(2);
    }

    @Test
    void withTheCallLimitAndTheWindowSwitchedOffRepeatsPassAtOnce() {
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.JSON).body("{\"Title\":\"again\"}").post(webhookPath(CHAT))
                    .then().statusCode(200).body(equalTo(OK));
        }
        assertThat(demoRoomMessages()).hasSize(3);
    }

    @Test
    void theNativePortServesApiwhAtTheRootLikeStackfieldsHost() {
        int nativePort = nativePorts.actualPort("stackfield");
        given().port(nativePort).contentType(ContentType.JSON).body("{\"Title\":\"Hello World!\"}")
                .post("/apiwh/" + CHAT)
                .then().statusCode(200).body(equalTo(OK));
        given().port(nativePort).contentType(ContentType.JSON).body("{\"Title\":\"x\"}")
                .post("/apiwh/00000000-0000-4000-8000-000000000000")
                .then().statusCode(200).body(equalTo(result("4035", "Invalid request. ObjectId is invalid.")));

        assertThat(demoRoomMessages()).containsExactly("chat|Docs example (Chat)|null|Hello World!|webhook");
        given().header("Authorization", SandboxSettings.ADMIN).get("/_admin/requests?vendor=stackfield")
                .then().body("requests[1].path", equalTo("/stackfield/apiwh/e5a1cfbd-970…"));
    }
}
