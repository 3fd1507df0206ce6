package dev.teamgate.it;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.core.ConditionTimeoutException;

/** The packaged Teamgate jar run as a separate process, for tests that restart or kill it. */
final class TeamgateProcess implements AutoCloseable {

    /**
     * The client compiler only and the serial collector: a start costs half the CPU time (18-22 s
     * against 37-47 s measured on the 2-core CI machine), and neither changes what the server does.
     */
    private static final List<String> FAST_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;

    private TeamgateProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static TeamgateProcess start(Path log, String... arguments) throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(javaBinary()));
        command.addAll(FAST_START);
        command.addAll(jvmArguments());
        command.addAll(List.of("-jar", jar(), "--server.port=" + port, "--server.address=127.0.0.1"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        TeamgateProcess started = new TeamgateProcess(process, port);
        // As long as @TeamgateTest waits (busy CI machines): -Dteamgate.test.start-timeout, 5 minutes by default.
        started.awaitReady(Duration.parse(System.getProperty("teamgate.test.start-timeout", "PT5M")));
        return started;
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> putJson(String path, String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String path, String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }

    private void awaitReady(Duration limit) {
        try {
            await().atMost(limit).pollInterval(Duration.ofMillis(200)).ignoreExceptionsInstanceOf(IOException.class)
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException(
                                    "Teamgate exited with " + process.exitValue() + " before it was ready");
                        }
                        return get("/actuator/health/readiness").statusCode() == 200;
                    });
        } catch (ConditionTimeoutException notReady) {
            process.destroyForcibly();
            throw new IllegalStateException("Teamgate was not ready within " + limit);
        }
    }

    private static String jar() {
        String jar = System.getProperty("teamgate.jar");
        if (jar == null || !new File(jar).isFile()) {
            throw new IllegalStateException("teamgate.jar must name the packaged jar (run through failsafe in ./mvnw verify)");
        }
        return jar;
    }

    /**
     * Extra JVM options from {@code teamgate.jvm-args} (space-separated), e.g.
     * {@code -Dspring.aot.enabled=true} to run these tests against the Spring AOT launch (.ci/run).
     */
    private static List<String> jvmArguments() {
        String arguments = System.getProperty("teamgate.jvm-args", "").trim();
        return arguments.isEmpty() ? List.of() : List.of(arguments.split("\\s+"));
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
