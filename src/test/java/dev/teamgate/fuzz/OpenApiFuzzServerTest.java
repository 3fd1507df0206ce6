package dev.teamgate.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamgate.support.RawHttp;
import dev.teamgate.support.ServerTest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A bounded fuzz run generated from the published OpenAPI documents: every documented operation
 * of every vendor and the control plane gets a handful of malformed and edge-case requests (bad
 * percent-encoding, wrong types, broken JSON, odd path values, a wildcard content type), with and
 * without a working credential. None may answer 5xx, and every error body must be JSON in the
 * owner's shape, never an HTML page. {@code bench/fuzz} runs the same idea at 100,000+ requests.
 */
class OpenApiFuzzServerTest extends ServerTest {

    /** The key every error body of a vendor carries at its top level. */
    static final Map<String, String> ERROR_MARKER = Map.of(
            "commflow", "error", "flowdock", "message", "stackfield", "Result", "talktome", "success",
            "teamfluence", "detail", "testvendor", "failure", "admin", "status");

    /** A credential per vendor from the seed, so requests get past authentication too. */
    static final Map<String, String> CREDENTIAL = Map.of(
            "commflow", "Authorization: Bearer sk_live_teamgate_professional",
            "flowdock", "Authorization: Basic ZGVhZGJlZWZkZWFkYmVlZjo=",
            "teamfluence", "Authorization: Bearer tfk_growth_steven_owner_key",
            "testvendor", "Authorization: Bearer tv_alpha_ann_key");

    static final String[] PATH_VALUES = {"1", "0", "-1", "x%20y", "%E2%9C%93", "a".repeat(3000), "null"};
    static final String[] QUERIES = {"", "?x=%zz", "?limit=abc&page=-1&per_page=99999999999999999999",
            "?filter=&sort=%00", "?since=not-a-date&until=9999-99-99"};
    static final String[] BODIES = {"{", "[]", "\"text\"", "{\"content\":123,\"tags\":{},\"email\":[]}",
            "{\"a\":" + "[".repeat(200) + "]".repeat(200) + "}", "null"};
    static final String[] CONTENT_TYPES = {"application/json", "*/*", "application/x-www-form-urlencoded",
            "text/plain; charset=nope"};

    /** 1 in the suite (about 1,700 requests); bench/fuzz sets 60 for over 100,000. */
    static final int ROUNDS = Integer.getInteger("fuzz.rounds", 1);
    /** The first round to send: a long run can be split, rounds 0-59 then 60-69 sending what 0-69 would. */
    static final int FIRST_ROUND = Integer.getInteger("fuzz.first-round", 0);

    private final ObjectMapper json = new ObjectMapper();
    private final List<String> failures = new ArrayList<>();
    private int sent;

    @Test
    void noDocumentedOperationAnswers5xxOrAnErrorOutsideItsOwnersShape() throws Exception {
        for (String group : ERROR_MARKER.keySet()) {
            RawHttp.Answer docs = apiDocs(group);
            assertThat(docs.status()).as(group).isEqualTo(200);
            JsonNode paths = json.readTree(docs.body()).path("paths");
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> path = it.next();
                for (String method : List.of("get", "post", "put", "patch", "delete")) {
                    if (path.getValue().has(method)) {
                        fuzz(group, method.toUpperCase(Locale.ROOT), path.getKey());
                    }
                }
            }
        }
        assertThat(sent).isGreaterThan(500 * ROUNDS);
        System.out.println("fuzz: rounds " + FIRST_ROUND + "-" + (FIRST_ROUND + ROUNDS - 1) + ", " + sent
                + " requests, " + failures.size() + " failures");
        assertThat(failures).as(failures.size() + " of " + sent + " requests").isEmpty();
    }

    /**
     * Round 0 pairs each path value with the next query, body and content type in turn; further
     * rounds ({@code -Dfuzz.rounds}, bench/fuzz) draw them at random from a fixed seed.
     */
    private void fuzz(String group, String method, String template) throws Exception {
        for (int round = FIRST_ROUND; round < FIRST_ROUND + ROUNDS; round++) {
            java.util.Random random = new java.util.Random(31L * template.hashCode() + round);
            for (int variant = 0; variant < PATH_VALUES.length; variant++) {
                int pick = round == 0 ? variant : random.nextInt(1 << 16);
                String path = template.replaceAll("\\{[^}]+}", PATH_VALUES[round == 0 ? variant : pick % PATH_VALUES.length]);
                String query = QUERIES[pick % QUERIES.length];
                String body = BODIES[(pick / 7) % BODIES.length];
                String type = CONTENT_TYPES[(pick / 3) % CONTENT_TYPES.length];
                send(group, method, path + query, body, type, (pick / 11) % 2 == 0);
            }
        }
    }

    private void send(String group, String method, String target, String body, String type, boolean credential)
            throws Exception {
        boolean hasBody = !method.equals("GET") && !method.equals("DELETE");
        StringBuilder request = new StringBuilder(method).append(' ').append(target)
                .append(" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
        if (credential && CREDENTIAL.containsKey(group)) {
            request.append(CREDENTIAL.get(group)).append("\r\n");
        }
        if (hasBody) {
            byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            request.append("Content-Type: ").append(type).append("\r\nContent-Length: ").append(bytes.length)
                    .append("\r\n\r\n").append(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
        } else {
            request.append("\r\n");
        }
        RawHttp.Answer answer = RawHttp.send(port, request.toString());
        sent++;
        String where = method + " " + (target.length() > 120 ? target.substring(0, 120) + "…" : target);
        if (answer.status() == 0 || answer.status() >= 500) {
            failures.add(answer.status() + " " + where + " " + answer.body());
            return;
        }
        if (answer.status() >= 400 && !answer.body().isEmpty()) {
            String marker = ERROR_MARKER.get(group);
            try {
                JsonNode error = json.readTree(answer.body());
                // A request line too long to parse (long path values) is a 414 in the owner's shape too.
                // OAuth 2.0 endpoints answer in RFC 6749's shape ({"error","error_description"}), as
                // the vendors' own authorization servers did.
                boolean oauthError = target.contains("/oauth/") && error.has("error");
                if (!error.has(marker) && !oauthError) {
                    failures.add(answer.status() + " not in " + group + "'s shape: " + where + " " + answer.body());
                }
            } catch (RuntimeException notJson) {
                failures.add(answer.status() + " not JSON: " + where + " " + answer.body());
            }
        }
    }

    /**
     * The first request for a group builds its document, which can outlast RawHttp's 10 s read on a
     * loaded machine (answer status 0); springdoc caches it, so a second request is quick.
     */
    private RawHttp.Answer apiDocs(String group) throws java.io.IOException {
        RawHttp.Answer docs = RawHttp.get(port, "/v3/api-docs/" + group);
        for (int attempt = 1; docs.status() == 0 && attempt < 5; attempt++) {
            docs = RawHttp.get(port, "/v3/api-docs/" + group);
        }
        return docs;
    }
}
