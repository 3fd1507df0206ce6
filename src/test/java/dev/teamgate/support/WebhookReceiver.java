package dev.teamgate.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local HTTP endpoint on a free loopback port that records what it receives, for tests of
 * outbound webhooks. Answers come from a queue of statuses (default 200 once the queue is empty).
 */
public final class WebhookReceiver implements AutoCloseable {

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Deque<Integer> statuses = new ArrayDeque<>();

    public WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, v.get(0)));
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers,
                    new String(body, StandardCharsets.UTF_8)));
            int status;
            synchronized (statuses) {
                status = statuses.isEmpty() ? 200 : statuses.removeFirst();
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    /** The next answers, in order, before falling back to 200. */
    public WebhookReceiver answering(int... next) {
        synchronized (statuses) {
            for (int status : next) {
                statuses.addLast(status);
            }
        }
        return this;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    public record Received(String method, String path, Map<String, String> headers, String body) {
    }
}
