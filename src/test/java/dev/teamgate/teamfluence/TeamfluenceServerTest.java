package dev.teamgate.teamfluence;

import static io.restassured.RestAssured.given;

import dev.teamgate.support.ServerTest;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

/**
 * Base of the Teamfluence server tests. They all share one server (same properties): the native
 * port is open and webhook retries are polled quickly. Time is frozen, and {@link #as(String)}
 * moves it one second per request, so the default per-second limit (5 per key) only bites in the
 * test that is about it.
 */
abstract class TeamfluenceServerTest extends ServerTest {

    static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
    static final String API = "/teamfluence/external/";

    static final String STEVEN = "2f6b1c3e-8a4d-4e5f-9b7a-1c2d3e4f5a6b";
    static final String STEVEN_KEY = "tfk_growth_steven_owner_key";
    static final String JAN = "5a9e3d21-7c4b-4f8e-a1d2-3b4c5d6e7f80";
    static final String JAN_KEY = "tfk_growth_jan_admin_key";
    static final String MIA = "8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f";
    static final String TOM = "b7e6d5c4-3b2a-4190-8f7e-6d5c4b3a2918";
    static final String TOM_KEY = "tfk_growth_tom_deactivated_key";
    static final String LENA = "e1f2a3b4-c5d6-4e7f-8091-a2b3c4d5e6f7";
    static final String LENA_KEY = "tfk_growth_lena_removed_key";
    static final String REVOKED_KEY = "tfk_growth_steven_revoked_key";
    static final String OLIVIA = "3c4d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e7f";
    static final String OLIVIA_KEY = "tfk_starter_olivia_owner_key";
    static final String FELIX = "9d8c7b6a-5f4e-4d3c-8b1a-0f9e8d7c6b5a";
    static final String FELIX_KEY = "tfk_limited_felix_owner_key";

    /** Activity ids of the growth team's posts, oldest first. */
    static final String POST_1 = "7191234567890123456";
    static final String POST_3 = "7193456789012345678";
    static final String POST_5 = "7195678901234567890";

    @BeforeEach
    void freezeTime() {
        clock.freeze(NOW);
    }

    /** A request with {@code Authorization: Bearer key}, sent one (frozen-clock) second after the previous one. */
    RequestSpecification as(String key) {
        clock.advance(Duration.ofSeconds(1));
        return given().header("Authorization", "Bearer " + key);
    }

    static String contract(String name) {
        try (InputStream in = TeamfluenceServerTest.class.getResourceAsStream("/contracts/teamfluence/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no contract " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Same JSON: every field and value, arrays in order, nothing extra. */
    static void assertSameJson(String expected, String actual) {
        try {
            JSONAssert.assertEquals(expected, actual, JSONCompareMode.STRICT);
        } catch (org.json.JSONException e) {
            throw new AssertionError("not JSON: " + actual, e);
        }
    }
}
