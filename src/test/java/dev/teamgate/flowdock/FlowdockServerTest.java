package dev.teamgate.flowdock;

import static io.restassured.RestAssured.given;

import dev.teamgate.support.ServerTest;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

/**
 * Base of the Flowdock tests: the seed's demo users signed in as Flowdock clients do, and exact
 * comparison of bodies against the contracts under {@code contracts/flowdock/}.
 */
abstract class FlowdockServerTest extends ServerTest {

    /** Mike (user 2): owner of acme, admin of organization; his API token is the docs' example token. */
    static final String MIKE = "deadbeefdeadbeef";
    /** Joe (user 9): member of acme, in my-flow and the private chat with Mike. */
    static final String JOE = "a1b2c3d4e5f6a7b8c9d0joe0000000009";
    /** Stevie (user 42): member of acme, in another-flow only. */
    static final String STEVIE = "5bdd089a099acc56stevie0000000042";
    /** Marty (user 16): member of acme, in my-flow. */
    static final String MARTY = "marty00000000000000000000000016";
    static final String REVOKED = "revokedrevokedrevokedrevoked0009";
    static final String MIKE_OAUTH = "oauth-mike-all-scopes-0000000002";
    static final String JOE_OAUTH_FLOW_ONLY = "oauth-joe-flow-scope-000000000009";
    static final String SOURCE_TOKEN = "3e2252e2e164d70ebbc5c59b9db629c8";
    static final String REMOVED_SOURCE_TOKEN = "965427ebf9997f7aa71384b6f03d608f";
    static final String PUSH_TOKEN = "c0ffeec0ffeec0ffeec0ffeec0ffee01";
    static final String HUBOT = "hubot0000000000000000000000000100";

    /** A request signed with an API token as the basic-auth user name (and a throwaway password). */
    static RequestSpecification as(String token) {
        return given().auth().preemptive().basic(token, "DUMMY");
    }

    String base() {
        return "http://localhost:" + port + "/flowdock";
    }

    /**
     * A contract body with {@code {{base}}} replaced by this server's Flowdock base URL and each
     * {@code {{key}}} of {@code values} by its value (ids that the database hands out, secrets).
     */
    String contract(String name, java.util.Map<String, ?> values) {
        String text = contract(name);
        for (java.util.Map.Entry<String, ?> e : values.entrySet()) {
            text = text.replace("{{" + e.getKey() + "}}", String.valueOf(e.getValue()));
        }
        return text;
    }

    /** A contract body with {@code {{base}}} replaced by this server's Flowdock base URL. */
    String contract(String name) {
        try (InputStream in = getClass().getResourceAsStream("/contracts/flowdock/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no contract " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{base}}", base());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Same JSON as the contract: every field, every value, arrays in order. */
    void assertMatches(String contractName, String actual) {
        assertSameJson(contract(contractName), actual);
    }

    static void assertSameJson(String expected, String actual) {
        try {
            JSONAssert.assertEquals(expected, actual, JSONCompareMode.STRICT);
        } catch (org.json.JSONException e) {
            throw new AssertionError("not JSON: " + actual, e);
        }
    }
}
