package dev.teamgate.domain.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStorageTest {

    @TempDir
    Path dir;

    /** An endless stream: proves the limit stops the copy without the bytes existing anywhere whole. */
    static InputStream endless() {
        return new InputStream() {
            @Override
            public int read() {
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'x');
                return len;
            }
        };
    }

    @Test
    void writesTheBytesAndTheirDigestUnderTheRoot() throws Exception {
        FileStorage storage = new FileStorage(dir.resolve("nested/files"));
        byte[] content = "hello file".getBytes();

        StagedFile staged = storage.write(new ByteArrayInputStream(content), 100);

        assertThat(staged.path().getParent()).isEqualTo(dir.resolve("nested/files"));
        assertThat(Files.readAllBytes(staged.path())).isEqualTo(content);
        assertThat(staged.size()).isEqualTo(content.length);
        assertThat(staged.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
    }

    @Test
    void exactlyTheLimitIsAllowed() {
        FileStorage storage = new FileStorage(dir);
        assertThat(storage.write(new ByteArrayInputStream(new byte[100]), 100).size()).isEqualTo(100);
    }

    @Test
    void aStreamPastTheLimitIsCutOffAndNothingIsLeft() throws Exception {
        FileStorage storage = new FileStorage(dir);

        assertThatThrownBy(() -> storage.write(endless(), 200_000))
                .isInstanceOf(FileTooLargeException.class)
                .satisfies(e -> assertThat(((FileTooLargeException) e).limit()).isEqualTo(200_000));
        try (var left = Files.list(dir)) {
            assertThat(left.toList()).isEmpty();
        }
    }

    @Test
    void aStreamThatFailsIsUnreadableAndNothingIsLeft() throws Exception {
        FileStorage storage = new FileStorage(dir);
        InputStream broken = new InputStream() {
            private int served;

            @Override
            public int read() throws IOException {
                if (served++ > 10) {
                    throw new IOException("connection reset");
                }
                return 'a';
            }
        };

        assertThatThrownBy(() -> storage.write(broken, 1_000)).isInstanceOf(UnreadableUploadException.class);
        try (var left = Files.list(dir)) {
            assertThat(left.toList()).isEmpty();
        }
    }

    @Test
    void aRootThatCannotBeCreatedIsAStorageFailure() throws Exception {
        Path blocked = dir.resolve("blocked");
        Files.writeString(blocked, "a file, not a directory");

        assertThatThrownBy(() -> new FileStorage(blocked).write(new ByteArrayInputStream(new byte[1]), 10))
                .isInstanceOf(StorageFailureException.class);
    }

    @Test
    void cleanupRemovesOnlyUnreferencedFilesOfItsOwnNaming() throws Exception {
        FileStorage storage = new FileStorage(dir);
        StagedFile kept = storage.write(new ByteArrayInputStream(new byte[3]), 10);
        StagedFile orphan = storage.write(new ByteArrayInputStream(new byte[3]), 10);
        Path foreign = Files.writeString(dir.resolve("README.txt"), "not ours");

        int removed = storage.deleteUnreferenced(List.of(kept.path().toString()));

        assertThat(removed).isEqualTo(1);
        assertThat(kept.path()).exists();
        assertThat(orphan.path()).doesNotExist();
        assertThat(foreign).exists();
        assertThat(new FileStorage(dir.resolve("missing")).deleteUnreferenced(List.of())).isZero();
    }
}
