package dev.teamgate.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON over the JDK's HttpClient for the control plane. Unknown JSON properties are ignored on
 * purpose: the server grows new fields (journal entries, deliveries) and an older client must keep
 * working.
 */
final class AdminHttp {

    static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final String base;
    private final String token;

    AdminHttp(HttpClient http, String base, String token) {
        this.http = http;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.token = token;
    }

    String base() {
        return base;
    }

    <T> T get(String path, Class<T> type) {
        return read(send("GET", path, null), JSON.constructType(type));
    }

    <T> T get(String path, TypeReference<T> type) {
        return read(send("GET", path, null), JSON.constructType(type));
    }

    JsonNode tree(String method, String path, Object body) {
        String answer = send(method, path, body);
        return answer.isEmpty() ? JSON.nullNode() : JSON.readTree(answer);
    }

    <T> T call(String method, String path, Object body, Class<T> type) {
        return read(send(method, path, body), JSON.constructType(type));
    }

    /** Sends a JSON body (a String is sent as it is, anything else is written as JSON) and answers the body. */
    String send(String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Accept", "application/json");
        if (token != null && !token.isBlank()) {
            request.header("X-Teamgate-Admin-Token", token);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            String json = body instanceof String s ? s : JSON.writeValueAsString(body);
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + base + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + method + " " + path, e);
        }
        if (response.statusCode() >= 400) {
            throw new TeamgateAdminException(method, path, response.statusCode(), response.body());
        }
        return response.body();
    }

    private static <T> T read(String body, JavaType type) {
        return body.isEmpty() ? null : JSON.readValue(body, type);
    }

    /** {@code ?a=1&b=2} from the non-null values, in order; empty when there are none. */
    static String query(Map<String, ?> parameters) {
        StringJoiner joined = new StringJoiner("&", "?", "").setEmptyValue("");
        parameters.forEach((name, value) -> {
            if (value != null) {
                joined.add(name + "=" + URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
            }
        });
        return joined.toString();
    }

    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
