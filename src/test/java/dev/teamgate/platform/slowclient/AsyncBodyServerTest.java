package dev.teamgate.platform.slowclient;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.teamgate.support.RawHttp;
import dev.teamgate.support.ServerTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * Request bodies are read without a worker thread and replayed to the chain: bodies that arrive
 * in pieces reach the vendors unchanged (JSON, chunked, form POST and PUT), are journalled, and
 * more of them than there are worker threads can be pending at once.
 */
class AsyncBodyServerTest extends ServerTest {

    private static final String ANN = "Authorization: Bearer tv_alpha_ann_key\r\n";
    private static final String FLOWDOCK = "Authorization: Basic ZGVhZGJlZWZkZWFkYmVlZjo=\r\n" // deadbeefdeadbeef:
            + "X-flowdock-wait-for-message: true\r\n";

    @Value("${server.tomcat.threads.max:200}")
    int workerThreads;

    @BeforeEach
    void noRateLimits() {
        for (String vendor : List.of("testvendor", "flowdock")) {
            given().contentType(ContentType.JSON).body("{\"enabled\":false}")
                    .put("/_admin/rate-limits/" + vendor).then().statusCode(200);
        }
    }

    /**
     * More bodies pending at once than there are worker threads: the ping is served while every
     * one of them is still pending, and each is replayed and answered once it completes. This
     * guards the replay of many pending bodies; it does not prove that no worker is held (in this
     * shared test context it also passed with {@code teamgate.http.read-bodies-async=false}, run by
     * hand on 2026-12-07). That proof is {@link AsyncBodyReaderTest} (the filter returns before the
     * body arrives) and the figures of {@code bench/load/run} in performance.md.
     */
    @Test
    void morePendingBodiesThanWorkerThreadsAreEachReplayedOnceComplete() throws Exception {
        List<Socket> pending = new ArrayList<>();
        try {
            for (int i = 0; i < workerThreads + 10; i++) {
                pending.add(sendHalf("POST /testvendor/rooms/general/messages HTTP/1.1\r\n", ANN,
                        "application/json", "{\"content\":\"pending " + i + "\"}"));
            }

            assertThat(RawHttp.get(port, "/testvendor/public/ping").status()).isEqualTo(200);
            // With bodies read on workers, the ping could only have been served once the body
            // deadline had cut pending bodies off: they would have an answer or be closed by now.
            for (int i = 0; i < pending.size(); i++) {
                assertThat(stillPending(pending.get(i))).as("body " + i + " still pending after the ping").isTrue();
            }

            for (int i = 0; i < pending.size(); i++) {
                OutputStream out = pending.get(i).getOutputStream();
                out.write(secondHalf("{\"content\":\"pending " + i + "\"}").getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            }
            for (int i = 0; i < pending.size(); i++) {
                assertThat(readAll(pending.get(i))).as("answer to pending body " + i).startsWith("HTTP/1.1 201");
            }
        } finally {
            for (Socket socket : pending) {
                socket.close();
            }
        }
    }

    @Test
    void aJsonBodyInTwoPiecesReachesTheVendorAndTheJournal() throws Exception {
        String body = "{\"content\":\"arrived in two pieces ✓\"}";
        Socket socket = sendHalf("POST /testvendor/rooms/general/messages HTTP/1.1\r\n", ANN, "application/json", body);

        assertThat(finish(socket, secondHalf(body))).startsWith("HTTP/1.1 201").contains("arrived in two pieces ✓");
        given().get("/_admin/requests?vendor=testvendor&method=POST").then().statusCode(200)
                .body("requests[0].requestBody.content", equalTo("arrived in two pieces ✓"));
    }

    @Test
    void aChunkedBodyInTwoPiecesIsReadToItsEnd() throws Exception {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /testvendor/rooms/general/messages HTTP/1.1\r\nHost: 127.0.0.1\r\n" + ANN
                    + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                    + "e\r\n{\"content\":\"ch\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            Thread.sleep(300);
            out.write("7\r\nunked\"}\r\n0\r\n\r\n".getBytes(StandardCharsets.UTF_8));
            out.flush();

            assertThat(readAll(socket)).startsWith("HTTP/1.1 201").contains("\"chunked\"");
        }
    }

    @Test
    void formBodiesInPiecesReachTheVendorAsParameters() throws Exception {
        String post = "event=message&content=form+in+pieces&tags=a%2Cb";
        Socket socket = sendHalf("POST /flowdock/flows/acme/my-flow/messages HTTP/1.1\r\n", FLOWDOCK,
                "application/x-www-form-urlencoded", post);
        String posted = finish(socket, secondHalf(post));
        assertThat(posted).startsWith("HTTP/1.1 200").contains("\"content\":\"form in pieces\"");
        String id = posted.replaceAll("(?s).*?\"id\":(\\d+).*", "$1");

        // a PUT's form body is parsed by Spring's FormContentFilter on a plain request; on a replay, by the reader
        String put = "content=edited+in+pieces";
        Socket edit = sendHalf("PUT /flowdock/flows/acme/my-flow/messages/" + id + " HTTP/1.1\r\n", FLOWDOCK,
                "application/x-www-form-urlencoded", put);
        assertThat(finish(edit, secondHalf(put))).startsWith("HTTP/1.1 2");
        given().auth().preemptive().basic("deadbeefdeadbeef", "").get("/flowdock/flows/acme/my-flow/messages/" + id)
                .then().statusCode(200).body("content", equalTo("edited in pieces"));
    }

    @Test
    void anEmptyBodyIsAnsweredAsBefore() throws Exception {
        RawHttp.Answer empty = RawHttp.send(port, "POST /testvendor/rooms/general/messages HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + ANN + "Content-Type: application/json\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        RawHttp.Answer chunkedEmpty = RawHttp.send(port, "POST /testvendor/rooms/general/messages HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\n" + ANN + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                + "Connection: close\r\n\r\n0\r\n\r\n");

        assertThat(empty.status()).isBetween(400, 499);
        assertThat(chunkedEmpty.status()).isEqualTo(empty.status());
        assertThat(chunkedEmpty.body()).isEqualTo(empty.body()).contains("\"failure\"");
    }

    /** Nothing has come back yet: no answer, no close. */
    private static boolean stillPending(Socket socket) throws IOException {
        socket.setSoTimeout(1);
        try {
            socket.getInputStream().read();
            return false;
        } catch (java.net.SocketTimeoutException nothingYet) {
            return true;
        } finally {
            socket.setSoTimeout(30_000);
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(30_000);
        return socket;
    }

    /** Sends the head and the first half of the body, and leaves the connection open. */
    private Socket sendHalf(String requestLine, String auth, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Socket socket = connect();
        OutputStream out = socket.getOutputStream();
        out.write((requestLine + "Host: 127.0.0.1\r\n" + auth + "Content-Type: " + contentType + "; charset=UTF-8\r\n"
                + "Content-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(bytes, 0, bytes.length / 2);
        out.flush();
        return socket;
    }

    private static String secondHalf(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new String(bytes, bytes.length / 2, bytes.length - bytes.length / 2, StandardCharsets.ISO_8859_1);
    }

    /** Sends the rest (given as ISO-8859-1 chars, one per byte) after a pause and reads the whole answer. */
    private static String finish(Socket socket, String rest) throws Exception {
        try (socket) {
            Thread.sleep(200);
            OutputStream out = socket.getOutputStream();
            out.write(rest.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return readAll(socket);
        }
    }

    private static String readAll(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        in.transferTo(answer);
        return answer.toString(StandardCharsets.UTF_8);
    }
}
