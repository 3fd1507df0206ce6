package dev.teamgate.commflow;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.teamgate.support.ServerTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Full-server CommFlow tests: the seed's demo keys, a frozen clock, and exact-body helpers. */
abstract class CommFlowServerTest extends ServerTest {

    static final String LIVE = "sk_live_teamgate_professional";
    static final String TEST = "sk_test_teamgate_professional";
    static final String READ_ONLY = "sk_live_teamgate_readonly";
    static final String STARTER = "sk_live_teamgate_starter";
    static final String BUSINESS = "sk_live_teamgate_business";
    static final String REVOKED = "sk_live_teamgate_revoked";

    static final Instant NOW = Instant.parse("2026-02-01T12:00:00Z");

    static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeEach
    void freezeTheClock() {
        clock.freeze(NOW);
    }

    static RequestSpecification as(String key) {
        return given().header("Authorization", "Bearer " + key);
    }

    static RequestSpecification asJson(String key, String body) {
        return as(key).contentType(ContentType.JSON).body(body);
    }

    /** The expected JSON under src/test/resources/contracts/commflow/. */
    static String contract(String name) {
        try (InputStream in = CommFlowServerTest.class.getResourceAsStream("/contracts/commflow/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no contract " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Same JSON values (objects compared key by key, arrays in order, numbers and strings exactly). */
    static void assertJson(String actual, String expected) {
        JsonNode got = JSON.readTree(actual);
        JsonNode want = JSON.readTree(expected);
        assertThat(got.toPrettyString()).isEqualTo(want.toPrettyString());
    }

    static void assertJson(Response response, String expected) {
        assertJson(response.asString(), expected);
    }

    /** A CommFlow error body exactly. */
    static String error(String type, String code, String message, String param) {
        return "{\"error\":{\"type\":\"" + type + "\",\"code\":\"" + code + "\",\"message\":" + JSON.writeValueAsString(message)
                + ",\"param\":" + (param == null ? "null" : "\"" + param + "\"") + "}}";
    }
}
