package dev.teamgate.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The executable jar ({@code teamgate-<version>-exec.jar}) run as a separate JVM, for applications
 * whose class path clashes with Teamgate's (another Spring Boot generation, Spring Security, their own
 * Flyway migrations). Its output goes to a log file named in failures.
 */
final class ProcessServer implements TeamgateServer {

    /**
     * A server for one test run: the client compiler only and the serial collector start it on half
     * the CPU time (docs/startup.md); a test's few thousand calls never need the optimising compiler.
     */
    static final List<String> FAST_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private final Process process;
    private final String baseUrl;

    private ProcessServer(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    static ProcessServer start(String jar, String[] properties) {
        if (!new File(jar).isFile()) {
            throw new IllegalArgumentException("no Teamgate jar at " + jar
                    + " (./mvnw package builds target/teamgate-<version>-exec.jar)");
        }
        try {
            int port = freePort();
            Path log = Files.createTempFile("teamgate-", ".log");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString()));
            command.addAll(FAST_START);
            command.addAll(List.of("-jar", jar, "--server.port=" + port, "--server.address=127.0.0.1"));
            for (String property : properties) {
                command.add(property.startsWith("--") ? property : "--" + property);
            }
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            ProcessServer server = new ProcessServer(process, "http://127.0.0.1:" + port);
            try {
                TeamgateServer.awaitReady(server.baseUrl, TeamgateServer.startTimeout(), process::isAlive);
            } catch (IllegalStateException e) {
                server.close();
                throw new IllegalStateException(e.getMessage() + "; its output: " + log, e);
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + jar, e);
        }
    }

    @Override
    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
