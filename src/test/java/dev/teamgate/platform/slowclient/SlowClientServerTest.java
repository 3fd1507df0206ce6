package dev.teamgate.platform.slowclient;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.teamgate.support.RawHttp;
import dev.teamgate.support.SandboxSettings;
import dev.teamgate.support.ServerTest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * More clients trickling a body than there are worker threads: they are cut off, and a normal
 * request is still served. Without the body deadline every worker would wait on a trickle for
 * minutes and the normal request would never get a thread.
 */
@SandboxSettings
class SlowClientServerTest extends ServerTest {

    private static final int SLOW_CLIENTS = 6;
    /** Sent one byte at a time, 5 a second: the whole body would take 200 s. */
    private static final int BODY_LENGTH = 1000;

    @BeforeEach
    void noRateLimitForTheSixClientsSharingOneKey() {
        given().header("Authorization", SandboxSettings.ADMIN).contentType("application/json").body("{\"enabled\":false}")
                .put("/_admin/rate-limits/testvendor").then().statusCode(200);
    }

    @Test
    void tricklingClientsAreCutOffAndOthersAreServed() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(SLOW_CLIENTS);
        try {
            List<CompletableFuture<Boolean>> slow = new ArrayList<>();
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                slow.add(CompletableFuture.supplyAsync(this::trickleUntilCutOff, pool));
            }
            Thread.sleep(500); // let the slow clients take every worker first

            RawHttp.Answer normal = RawHttp.get(port, "/testvendor/public/ping");

            assertThat(normal.status()).isEqualTo(200);
            for (CompletableFuture<Boolean> client : slow) {
                assertThat(client.get(60, TimeUnit.SECONDS)).as("slow client cut off").isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A form body is parsed from the servlet's parameters, which Tomcat used to read past the
     * deadline (only its per-read timeout, which every byte restarts, applied).
     */
    @Test
    void aTrickledFormBodyIsCutOffLikeAJsonBody() throws Exception {
        CompletableFuture<Boolean> slow = CompletableFuture.supplyAsync(() -> trickleUntilCutOff(
                "POST /flowdock/flows/acme/my-flow/messages HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Authorization: Basic ZGVhZGJlZWZkZWFkYmVlZjo=\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\n", "event=message&content=", 'a'));

        assertThat(slow.get(60, TimeUnit.SECONDS)).as("slow form client cut off").isTrue();
    }

    /** A body that stops arriving is answered in the vendor's shape when its deadline passes, then closed. */
    @Test
    void aBodyPastItsDeadlineIsAnsweredInTheVendorsShape() throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /testvendor/rooms/general/messages HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Authorization: Bearer tv_alpha_ann_key\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100\r\n\r\n{\"content\":").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();

            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 400")
                    .contains("\"kind\":\"BAD_REQUEST\"")
                    .contains("The request body arrived too slowly");
        }
    }

    private boolean trickleUntilCutOff() {
        return trickleUntilCutOff("POST /testvendor/rooms/general/messages HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Authorization: Bearer tv_alpha_ann_key\r\nContent-Type: application/json\r\n", "", ' ');
    }

    /** True when the server closed the connection before the body was complete. */
    private boolean trickleUntilCutOff(String head, String bodyStart, char filler) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(1000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "Content-Length: " + BODY_LENGTH + "\r\n\r\n" + bodyStart)
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            for (int sent = bodyStart.length(); sent < BODY_LENGTH; sent++) {
                out.write(filler);
                out.flush();
                Thread.sleep(200);
                if (closedByServer(socket)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return true; // the write failed: the server closed the connection
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The server answered (a 400 before it closes) or closed before the body was complete. */
    private static boolean closedByServer(Socket socket) throws IOException {
        socket.setSoTimeout(1);
        try {
            socket.getInputStream().read();
            return true;
        } catch (java.net.SocketTimeoutException stillOpen) {
            return false;
        }
    }
}
