import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The background load of bench/load, as a single-file program (java LoadClients.java ...):
 * STREAMS open Flowdock streams (GET /flowdock/stream/flows/acme/my-flow) held open and drained,
 * and SLOW clients that POST a message whose 1,000-byte body they trickle one byte every 200 ms;
 * when the server cuts one off it reconnects and starts again, so SLOW bodies are always pending.
 * Everything goes to 127.0.0.1. Writes its counters to STATUS_FILE every second, until killed.
 *
 * Usage: java LoadClients.java PORT STREAMS SLOW STATUS_FILE
 */
public class LoadClients {

    static final String AUTH = "Authorization: Basic ZGVhZGJlZWZkZWFkYmVlZjo=\r\n"; // token deadbeefdeadbeef
    static final int BODY = 1000;

    static final AtomicLong streamsOk = new AtomicLong();
    static final AtomicLong streamsRefused = new AtomicLong();
    static final AtomicLong streamsClosed = new AtomicLong();
    static final AtomicLong streamBytes = new AtomicLong();
    static final AtomicLong slowStarted = new AtomicLong();
    static final AtomicLong slowCutOff = new AtomicLong();
    static final AtomicLong slowAnswered = new AtomicLong();

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int streams = Integer.parseInt(args[1]);
        int slow = Integer.parseInt(args[2]);
        Path status = Path.of(args[3]);
        InetSocketAddress server = new InetSocketAddress("127.0.0.1", port);

        Thread reporter = new Thread(() -> report(status), "report");
        reporter.setDaemon(true);
        reporter.start();

        Selector selector = Selector.open();
        Thread drain = new Thread(() -> drainStreams(selector), "streams");
        drain.setDaemon(true);
        drain.start();
        for (int i = 0; i < streams; i++) {
            SocketChannel channel = SocketChannel.open(server);
            write(channel, "GET /flowdock/stream/flows/acme/my-flow HTTP/1.1\r\nHost: 127.0.0.1\r\n" + AUTH
                    + "Accept: application/json\r\n\r\n");
            channel.configureBlocking(false);
            synchronized (LoadClients.class) {
                selector.wakeup();
                channel.register(selector, SelectionKey.OP_READ, new StringBuilder());
            }
        }

        List<SlowClient> slowClients = new ArrayList<>();
        for (int i = 0; i < slow; i++) {
            slowClients.add(new SlowClient(server));
        }
        while (true) {
            long next = System.nanoTime() + 200_000_000L;
            for (SlowClient client : slowClients) {
                client.tick();
            }
            long wait = next - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        }
    }

    static void drainStreams(Selector selector) {
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        try {
            while (true) {
                synchronized (LoadClients.class) {
                    // lets main register new channels between selects
                }
                selector.select(500);
                for (SelectionKey key : selector.selectedKeys()) {
                    SocketChannel channel = (SocketChannel) key.channel();
                    StringBuilder head = (StringBuilder) key.attachment();
                    buffer.clear();
                    int n;
                    try {
                        n = channel.read(buffer);
                    } catch (IOException reset) {
                        n = -1;
                    }
                    if (n < 0) {
                        streamsClosed.incrementAndGet();
                        key.cancel();
                        channel.close();
                        continue;
                    }
                    streamBytes.addAndGet(n);
                    if (head != null) {
                        head.append(new String(buffer.array(), 0, n, StandardCharsets.ISO_8859_1));
                        if (head.length() >= 12) {
                            if (head.substring(9, 12).equals("200")) {
                                streamsOk.incrementAndGet();
                            } else {
                                streamsRefused.incrementAndGet();
                                System.err.println("stream refused: " + head.toString().lines().findFirst().orElse(""));
                            }
                            key.attach(null);
                        }
                    }
                }
                selector.selectedKeys().clear();
            }
        } catch (IOException e) {
            e.printStackTrace();
        }
    }

    /** One connection trickling a message body; reconnects when the server cuts it off. */
    static final class SlowClient {
        private final InetSocketAddress server;
        private SocketChannel channel;
        private int sent;

        SlowClient(InetSocketAddress server) throws IOException {
            this.server = server;
            connect();
        }

        private void connect() throws IOException {
            channel = SocketChannel.open(server);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            String body = "{\"event\":\"message\",\"content\":\"";
            write(channel, "POST /flowdock/flows/acme/my-flow/messages HTTP/1.1\r\nHost: 127.0.0.1\r\n" + AUTH
                    + "Content-Type: application/json\r\nContent-Length: " + BODY + "\r\n\r\n" + body);
            channel.configureBlocking(false);
            sent = body.length();
            slowStarted.incrementAndGet();
        }

        void tick() throws IOException {
            boolean gone;
            try {
                ByteBuffer answer = ByteBuffer.allocate(4096);
                int n = channel.read(answer);
                if (n > 0 && slowAnswered.getAndIncrement() == 0) {
                    // the server answered before the body was complete: show the first such answer
                    System.err.println("first answer to a slow body: "
                            + new String(answer.array(), 0, n, StandardCharsets.ISO_8859_1).lines().findFirst().orElse(""));
                }
                gone = n != 0;
                if (!gone) {
                    channel.write(ByteBuffer.wrap(new byte[] {'a'}));
                    sent++;
                    gone = sent >= BODY - 2; // never finish the body: start again instead
                }
            } catch (IOException reset) {
                gone = true;
            }
            if (gone) {
                if (sent < BODY - 2) {
                    slowCutOff.incrementAndGet();
                }
                channel.close();
                connect();
            }
        }
    }

    static void write(SocketChannel channel, String text) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    static void report(Path status) {
        while (true) {
            String line = "streams_ok=" + streamsOk + " streams_refused=" + streamsRefused + " streams_closed="
                    + streamsClosed + " stream_bytes=" + streamBytes + " slow_started=" + slowStarted
                    + " slow_cut_off=" + slowCutOff + " slow_answered=" + slowAnswered + "\n";
            try {
                Files.writeString(status, line);
                Thread.sleep(1000);
            } catch (IOException | InterruptedException e) {
                return;
            }
        }
    }
}
