package dev.teamgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sandbox profile keeps every acknowledged write across a restart, even when the server is
 * killed with SIGKILL while writes are in flight.
 */
class SandboxDurabilityIT {

    @TempDir
    Path dataDir;

    @Test
    void everyAcknowledgedWriteSurvivesKillDashNine() throws Exception {
        Path log = Files.createTempFile("teamgate-sandbox-it", ".log");
        List<String> acknowledged = new CopyOnWriteArrayList<>();
        CountDownLatch enough = new CountDownLatch(15);
        String[] sandbox = {"--spring.profiles.active=sandbox", "--teamgate.sandbox.dir=" + dataDir};

        try (TeamgateProcess first = TeamgateProcess.start(log, sandbox)) {
            Thread writer = new Thread(() -> {
                for (int i = 0; i < 10_000; i++) {
                    String slug = "durable-" + i;
                    try {
                        int status = first.postJson("/_admin/fixtures", "{\"workspaces\":[{\"vendor\":\"itvendor\","
                                + "\"slug\":\"" + slug + "\",\"name\":\"Durable " + i + "\"}]}").statusCode();
                        if (status == 201) {
                            acknowledged.add(slug);
                            enough.countDown();
                        }
                    } catch (Exception killed) {
                        return;
                    }
                }
            });
            writer.start();
            assertThat(enough.await(2, TimeUnit.MINUTES)).as("15 writes acknowledged").isTrue();
            first.kill();
            writer.join(TimeUnit.MINUTES.toMillis(1));
        }

        try (TeamgateProcess second = TeamgateProcess.start(log, sandbox)) {
            String state = second.get("/_admin/fixtures").body();
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(15);
            for (String slug : acknowledged) {
                assertThat(state).as("acknowledged workspace %s after restart", slug).contains("\"slug\":\"" + slug + "\"");
            }
        }
    }
}
