package dev.teamgate.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP/1.1 client that reads answers the way the strictest real clients do (Node's llhttp,
 * curl): an answer with both {@code Content-Length} and {@code Transfer-Encoding}, a bad chunk or
 * a body that runs past its framing fails. Requests go one after another over one kept-alive
 * connection, so an answer framed wrongly also spoils the answer read after it.
 */
public final class StrictHttp implements AutoCloseable {

    /** One answer: status, headers with lower-case names, and the body as framed. */
    public record Answer(int status, Map<String, String> headers, String body) {
    }

    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    public StrictHttp(int port) throws IOException {
        this.port = port;
        connect();
    }

    private void connect() throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(10_000);
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    /** Sends one request ({@code headers} are "Name: value" lines) and reads its answer strictly. */
    public Answer send(String method, String target, List<String> headers, String body) throws IOException {
        StringBuilder request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        byte[] payload = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            request.append("Content-Length: ").append(payload.length).append("\r\n");
        }
        out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(payload);
        out.flush();
        Answer answer = read(method);
        if ("close".equalsIgnoreCase(answer.headers().get("connection"))) {
            // the server ends the connection after some refusals (Tomcat does after a 400): so does a client
            socket.close();
            connect();
        }
        return answer;
    }

    private Answer read(String method) throws IOException {
        String statusLine = line();
        if (!statusLine.matches("HTTP/1\\.1 \\d{3}( .*)?")) {
            throw new IOException("not a status line: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        Map<String, String> headers = new LinkedHashMap<>();
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            if (headers.putIfAbsent(name, header.substring(colon + 1).trim()) != null) {
                throw new IOException("header given twice: " + name);
            }
        }
        String length = headers.get("content-length");
        String encoding = headers.get("transfer-encoding");
        if (length != null && encoding != null) {
            throw new IOException("both Content-Length and Transfer-Encoding: " + headers);
        }
        byte[] body;
        if ("HEAD".equals(method) || status == 204 || status == 304) {
            body = new byte[0];
        } else if (encoding != null) {
            if (!"chunked".equalsIgnoreCase(encoding)) {
                throw new IOException("unexpected Transfer-Encoding: " + encoding);
            }
            body = chunked();
        } else if (length != null) {
            body = exactly(Integer.parseInt(length));
        } else if ("close".equalsIgnoreCase(headers.get("connection"))) {
            body = in.readAllBytes();
        } else {
            throw new IOException("a kept-alive answer without framing: " + headers);
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private byte[] chunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = line();
            if (!size.matches("[0-9a-fA-F]+(;.*)?")) {
                throw new IOException("bad chunk size line: '" + size + "'");
            }
            int n = Integer.parseInt(size.split(";")[0], 16);
            if (n == 0) {
                while (!line().isEmpty()) {
                    // trailers: none expected, skipped
                }
                return body.toByteArray();
            }
            body.write(exactly(n));
            if (!line().isEmpty()) {
                throw new IOException("chunk not followed by CRLF");
            }
        }
    }

    private byte[] exactly(int n) throws IOException {
        byte[] bytes = in.readNBytes(n);
        if (bytes.length != n) {
            throw new IOException("body ended after " + bytes.length + " of " + n + " bytes");
        }
        return bytes;
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int previous = -1;
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (previous == '\r' && b == '\n') {
                byte[] bytes = line.toByteArray();
                return new String(bytes, 0, bytes.length - 1, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
            previous = b;
        }
        throw new IOException("connection closed in the middle of an answer");
    }

    /** The header lines a request sends: each argument is one "Name: value". */
    public static List<String> headers(String... lines) {
        return new ArrayList<>(List.of(lines));
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
