package dev.teamgate.platform.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * A temporary directory of this server instance's own, created at start-up and deleted with
 * everything in it at shutdown: the default home of uploaded file bytes when no directory is
 * configured. A fixed folder under the temp directory was shared by every Teamgate on the machine,
 * so one server's reset (which removes the files its database no longer names) deleted the files
 * of another server, or of a parallel test run. A configured directory is never deleted.
 */
@Component
public class InstanceDirectory implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(InstanceDirectory.class);

    private final Path root;

    public InstanceDirectory() {
        this(Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** Creates the instance's directory under {@code parent} (tests pass their own). */
    public InstanceDirectory(Path parent) {
        try {
            Files.createDirectories(parent);
            this.root = Files.createTempDirectory(parent, "teamgate-").toAbsolutePath().normalize();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary directory under " + parent, e);
        }
    }

    public Path root() {
        return root;
    }

    /**
     * {@code configured} if set, else {@code <instance directory>/<name>}, e.g. the default of
     * {@code teamgate.flowdock.files-directory}.
     */
    public Path orDefault(Path configured, String name) {
        return configured != null ? configured : root.resolve(name);
    }

    @Override
    public void destroy() {
        try {
            FileSystemUtils.deleteRecursively(root);
        } catch (IOException e) {
            log.warn("Could not delete the instance directory {}: {}", root, e.toString());
        }
    }
}
