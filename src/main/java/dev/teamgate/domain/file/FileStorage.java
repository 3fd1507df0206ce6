package dev.teamgate.domain.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes uploaded bytes to files under one directory, a buffer at a time: an upload is never held
 * whole in memory, and one that goes past its limit is cut off and removed. Files are named by a
 * random UUID; the name the client gave lives in {@link StoredFile}.
 */
public final class FileStorage {

    private static final int BUFFER_SIZE = 64 * 1024;
    private static final Pattern STORED_NAME =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final Path root;

    public FileStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /**
     * Copies {@code in} to a new file, at most {@code maxBytes} of it.
     *
     * @throws FileTooLargeException      the stream holds more than {@code maxBytes}
     * @throws UnreadableUploadException  reading the stream failed
     * @throws StorageFailureException    writing to disk failed
     */
    public StagedFile write(InputStream in, long maxBytes) {
        Path target = newTarget();
        MessageDigest digest = sha256();
        long total = 0;
        boolean complete = false;
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            byte[] buffer = new byte[BUFFER_SIZE];
            int read;
            while ((read = readSome(in, buffer)) >= 0) {
                total += read;
                if (total > maxBytes) {
                    throw new FileTooLargeException(maxBytes);
                }
                digest.update(buffer, 0, read);
                out.write(buffer, 0, read);
            }
            complete = true;
        } catch (IOException e) {
            throw new StorageFailureException("Cannot write " + target, e);
        } finally {
            if (!complete) {
                delete(target.toString());
            }
        }
        return new StagedFile(target, total, HexFormat.of().formatHex(digest.digest()));
    }

    /** Removes one stored file; a file that is already gone is fine. */
    public void delete(String storagePath) {
        try {
            Files.deleteIfExists(Path.of(storagePath));
        } catch (IOException e) {
            // Best effort: a file that cannot be removed now is removed by the next cleanup.
        }
    }

    /**
     * Removes the files in the directory that no {@link StoredFile} refers to any more (left behind
     * when a reset emptied the database). Only names this class gives out are touched, so pointing
     * the directory at a shared folder cannot remove anything else.
     */
    public int deleteUnreferenced(Collection<String> referencedPaths) {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        Set<Path> referenced = referencedPaths.stream().map(p -> Path.of(p).toAbsolutePath().normalize())
                .collect(Collectors.toSet());
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
            for (Path entry : entries) {
                if (Files.isRegularFile(entry) && STORED_NAME.matcher(entry.getFileName().toString()).matches()
                        && !referenced.contains(entry)) {
                    delete(entry.toString());
                    removed++;
                }
            }
        } catch (IOException e) {
            // Best effort, see delete.
        }
        return removed;
    }

    private Path newTarget() {
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new StorageFailureException("Cannot create " + root, e);
        }
        return root.resolve(UUID.randomUUID().toString());
    }

    private static int readSome(InputStream in, byte[] buffer) {
        try {
            return in.read(buffer);
        } catch (IOException e) {
            throw new UnreadableUploadException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
