package dev.teamgate.flowdock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamgate.support.RawHttp;
import dev.teamgate.support.SandboxSettings;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An open stream holds no pooled database connection while it waits: more streams than the pool
 * has connections all open, and a request that needs the database is still answered. (With
 * open-in-view on, each stream kept its request's connection until it closed. The vendor calls
 * themselves need the lead's one-transaction-per-call change to run with it off, so the normal
 * request here is a control-plane export.)
 */
@SandboxSettings
class IdleStreamsServerTest extends FlowdockServerTest {

    private static final int STREAMS = 14;

    @Test
    void moreOpenStreamsThanPooledConnectionsDoNotStarveOtherRequests() throws IOException {
        List<Socket> streams = new ArrayList<>();
        try {
            for (int i = 0; i < STREAMS; i++) {
                streams.add(openStream());
            }

            // Each stream's own authentication needed the database: had the open streams kept their
            // connections, the eleventh would already have waited out the pool and failed.
            RawHttp.Answer export = RawHttp.get(port, "/_admin/fixtures?workspace=flowdock/acme",
                    "Authorization: " + SandboxSettings.ADMIN);

            assertThat(export.status()).isEqualTo(200);
            assertThat(export.body()).contains("\"my-flow\"");
        } finally {
            for (Socket stream : streams) {
                stream.close();
            }
        }
    }

    /** Opens a stream and waits for its status line, so it is really open. */
    private Socket openStream() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(10_000);
        socket.getOutputStream().write(("GET /flowdock/stream/flows/acme/my-flow HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Authorization: " + basic(JOE) + "\r\nAccept: text/event-stream\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        InputStream in = socket.getInputStream();
        byte[] statusLine = new byte[12];
        int read = 0;
        while (read < statusLine.length) {
            int n = in.read(statusLine, read, statusLine.length - read);
            if (n < 0) {
                break;
            }
            read += n;
        }
        assertThat(new String(statusLine, 0, read, StandardCharsets.ISO_8859_1)).isEqualTo("HTTP/1.1 200");
        return socket;
    }

    private static String basic(String token) {
        return "Basic " + Base64.getEncoder().encodeToString((token + ":").getBytes(StandardCharsets.UTF_8));
    }
}
