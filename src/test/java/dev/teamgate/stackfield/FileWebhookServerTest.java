package dev.teamgate.stackfield;

import static dev.teamgate.stackfield.SeededWebhooks.FILE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.teamgate.domain.file.StoredFile;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The File webhook with the default limits: what is stored, on disk and as metadata, and what is refused. */
class FileWebhookServerTest extends StackfieldServerTest {

    @Autowired FileUploads uploads;

    ValidatableResponse upload(UnaryOperator<RequestSpecification> parts) {
        clock.advance(Duration.ofSeconds(1));
        return parts.apply(given()).post(webhookPath(FILE)).then().statusCode(200);
    }

    static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void aFileIsStoredOnDiskWithItsNameTypeAndSize() throws Exception {
        byte[] image = randomBytes(3_000);
        upload(r -> r.multiPart("File", "MyImage.jpg", image, "image/jpeg")).body(equalTo(OK));

        List<StoredFile> files = demoFiles();
        assertThat(files).hasSize(1);
        StoredFile stored = files.get(0);
        assertThat(stored.getName()).isEqualTo("MyImage.jpg");
        assertThat(stored.getContentType()).isEqualTo("image/jpeg");
        assertThat(stored.getSizeBytes()).isEqualTo(3_000);
        assertThat(stored.getSha256()).isEqualTo(sha256(image));
        assertThat(stored.getCreatedAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(read(() -> storedFiles.findByRoomOrderById(room("demo", "demo-room")))).hasSize(1);
        Path onDisk = Path.of(stored.getStoragePath());
        assertThat(onDisk.getParent()).isEqualTo(uploads.storageRoot());
        assertThat(Files.readAllBytes(onDisk)).isEqualTo(image);
    }

    @Test
    void aFileLargerThanTheInMemoryThresholdIsStoredWhole() throws Exception {
        // 1 MB is the multipart threshold: above it the servlet container spools the part to disk first
        byte[] big = randomBytes(3 * 1024 * 1024 + 17);
        upload(r -> r.multiPart("File", "backup.bin", big)).body(equalTo(OK));

        StoredFile stored = demoFiles().get(0);
        assertThat(stored.getSizeBytes()).isEqualTo(big.length);
        assertThat(stored.getSha256()).isEqualTo(sha256(big));
        assertThat(Files.size(Path.of(stored.getStoragePath()))).isEqualTo(big.length);
    }

    @Test
    void theFileNameLosesAnyPathTheClientSent() {
        upload(r -> r.multiPart("File", "C:\\Pictures\\MyImage.jpg", randomBytes(10), "image/jpeg")).body(equalTo(OK));
        assertThat(demoFiles()).extracting(StoredFile::getName).containsExactly("MyImage.jpg");
    }

    @Test
    void aRequestWithoutAFilePartIs4041() {
        String noFiles = result("4041", "No files found.");
        upload(r -> r.multiPart("Attachment", "a.txt", randomBytes(10))).body(equalTo(noFiles));
        upload(r -> r.multiPart("Title", "not a file")).body(equalTo(noFiles));
        assertThat(demoFiles()).isEmpty();
    }

    @Test
    void aFileFieldThatIsNotAFileOrAnEmptyFileIs4043() {
        String cannotRead = result("4043", "Cannot read file.");
        upload(r -> r.multiPart("File", "C:\\Pictures\\MyImage.jpg")).body(equalTo(cannotRead));
        upload(r -> r.multiPart("File", "empty.txt", new byte[0])).body(equalTo(cannotRead));
        assertThat(demoFiles()).isEmpty();
    }

    @Test
    void aBlockedFileTypeIs4045() {
        upload(r -> r.multiPart("File", "setup.EXE", randomBytes(10))).body(equalTo(result("4045", "Invalid file type.")));
        assertThat(demoFiles()).isEmpty();
    }

    @Test
    void theSameFileAgainWithinTheWindowIs4057AndLeavesNothingBehind() throws Exception {
        byte[] report = randomBytes(500);
        upload(r -> r.multiPart("File", "report.pdf", report, "application/pdf")).body(equalTo(OK));
        upload(r -> r.multiPart("File", "report.pdf", report, "application/pdf"))
                .body(equalTo(result("4057", "Double request.")));
        upload(r -> r.multiPart("File", "report-v2.pdf", report, "application/pdf")).body(equalTo(OK));

        assertThat(demoFiles()).extracting(StoredFile::getName).containsExactly("report.pdf", "report-v2.pdf");
        try (var onDisk = Files.list(uploads.storageRoot())) {
            assertThat(onDisk.map(Path::toString).toList())
                    .containsExactlyInAnyOrderElementsOf(demoFiles().stream().map(StoredFile::getStoragePath).toList());
        }
    }

    @Test
    void aResetRemovesTheUploadedBytes() {
        upload(r -> r.multiPart("File", "notes.txt", randomBytes(100), "text/plain")).body(equalTo(OK));
        Path onDisk = Path.of(demoFiles().get(0).getStoragePath());
        assertThat(onDisk).exists();

        resetService.resetAll();

        assertThat(onDisk).doesNotExist();
        assertThat(demoFiles()).isEmpty();
    }

    @Test
    void aTruncatedOrMalformedMultipartBodyIs4043OnTheFileWebhookAnd4031Elsewhere() {
        String truncated = "--xyz\r\nContent-Disposition: form-data; name=\"File\"; filename=\"a.txt\"\r\n\r\nabc";
        clock.advance(Duration.ofSeconds(1));
        given().contentType("multipart/form-data; boundary=xyz").body(truncated.getBytes()).post(webhookPath(FILE))
                .then().statusCode(200).body(equalTo(result("4043", "Cannot read file.")));
        clock.advance(Duration.ofSeconds(1));
        given().contentType("multipart/form-data").body("no boundary anywhere".getBytes()).post(webhookPath(FILE))
                .then().statusCode(200).body(equalTo(result("4043", "Cannot read file.")));
        clock.advance(Duration.ofSeconds(1));
        given().contentType("multipart/form-data; boundary=xyz").body(truncated.getBytes())
                .post(webhookPath(SeededWebhooks.CHAT))
                .then().statusCode(200).body(equalTo(result("4031", "Invalid request.")));
        assertThat(demoFiles()).isEmpty();
        assertThat(demoRoomMessages()).isEmpty();
    }
}
