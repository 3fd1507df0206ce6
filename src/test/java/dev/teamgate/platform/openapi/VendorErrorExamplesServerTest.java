package dev.teamgate.platform.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.teamgate.support.ServerTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every vendor operation declares the vendor's errors, and each declared example is the body the
 * server really sends: the test provokes the error and compares the two.
 */
class VendorErrorExamplesServerTest extends ServerTest {

    private static final String MIKE = "deadbeefdeadbeef";
    private static final String COMMFLOW_KEY = "Bearer sk_live_teamgate_professional";
    private static final String TEAMFLUENCE_POSTS = "/teamfluence/external/2f6b1c3e-8a4d-4e5f-9b7a-1c2d3e4f5a6b/posts";

    /** One call per vendor that answers its normal success, so a fault or a limit is what changes it. */
    private static final Map<String, Function<RequestSpecification, Response>> CALLS = Map.of(
            "flowdock", r -> r.auth().preemptive().basic(MIKE, "x").get("/flowdock/flows"),
            "commflow", r -> r.header("Authorization", COMMFLOW_KEY).get("/commflow/v1/conversations"),
            "teamfluence", r -> r.header("Authorization", "Bearer tfk_growth_steven_owner_key").get(TEAMFLUENCE_POSTS),
            "talktome", r -> r.get("/talktome/api/is-account?companyId=JSOM3ACS72QAJ2I1IM1D5VNFGR&email=x@example.com"),
            "stackfield", r -> r.contentType(ContentType.JSON).body("{\"Title\":\"Hi\"}")
                    .post("/stackfield/apiwh/e5a1cfbd-970e-45a1-b81c-3e004f9bdab5"));

    private static final Map<String, String[]> OPERATION = Map.of(
            "flowdock", new String[] {"/flowdock/flows", "get"},
            "commflow", new String[] {"/commflow/v1/conversations", "get"},
            "teamfluence", new String[] {"/teamfluence/external/{profile_id}/posts", "get"},
            "talktome", new String[] {"/talktome/api/is-account", "get"},
            "stackfield", new String[] {"/stackfield/apiwh/{webhookId}", "post"});

    private Map<String, Object> document(String group) {
        return given().get("/v3/api-docs/" + group).then().statusCode(200).extract().jsonPath().getMap("$");
    }

    @SuppressWarnings("unchecked")
    private static Object example(Map<String, Object> document, String path, String method, int status, String name) {
        Map<String, Object> paths = (Map<String, Object>) document.get("paths");
        Map<String, Object> operation = (Map<String, Object>) ((Map<String, Object>) paths.get(path)).get(method);
        Map<String, Object> response = (Map<String, Object>) ((Map<String, Object>) operation.get("responses"))
                .get(String.valueOf(status));
        assertThat(response).as("%s %s declares %s", method, path, status).isNotNull();
        for (Object media : ((Map<String, Object>) response.get("content")).values()) {
            Map<String, Object> examples = (Map<String, Object>) ((Map<String, Object>) media).get("examples");
            if (examples != null && examples.containsKey(name)) {
                return ((Map<String, Object>) examples.get(name)).get("value");
            }
        }
        throw new AssertionError(method + " " + path + " has no example " + name + " under " + status);
    }

    private static Object body(Response response) {
        return response.jsonPath().get("$");
    }

    @ParameterizedTest
    @ValueSource(strings = {"flowdock", "commflow", "teamfluence", "talktome", "stackfield"})
    @SuppressWarnings("unchecked")
    void everyOperationDeclaresTheRateLimitAndTheInjectedFault(String vendor) {
        Map<String, Object> paths = (Map<String, Object>) document(vendor).get("paths");
        assertThat(paths).isNotEmpty();
        paths.forEach((path, item) -> ((Map<String, Object>) item).forEach((method, operation) -> {
            String responses = String.valueOf(((Map<String, Object>) operation).get("responses"));
            assertThat(responses).as("%s %s", method, path).contains("rate-limited").contains("injected-fault-503");
        }));
    }

    @ParameterizedTest
    @ValueSource(strings = {"flowdock", "commflow", "teamfluence", "talktome"})
    @SuppressWarnings("unchecked")
    void everyOperationOfAVendorWithCredentialsDeclaresItsAuthenticationError(String vendor) {
        Map<String, Object> paths = (Map<String, Object>) document(vendor).get("paths");
        paths.forEach((path, item) -> ((Map<String, Object>) item).forEach((method, operation) -> {
            Map<String, Object> responses = (Map<String, Object>) ((Map<String, Object>) operation).get("responses");
            Object security = ((Map<String, Object>) operation).get("security");
            if (List.of().equals(security)) {
                // a token in the path or an OAuth endpoint: no credential to refuse
                assertThat(String.valueOf(responses)).as("%s %s", method, path).doesNotContain("no-credentials", "no-api-key");
            } else {
                assertThat(responses).as("%s %s", method, path).containsKey("401");
            }
        }));
    }

    @ParameterizedTest
    @ValueSource(strings = {"flowdock", "commflow", "teamfluence", "talktome", "stackfield"})
    void theInjectedFaultExampleIsWhatAFaultAnswers(String vendor) {
        given().contentType(ContentType.JSON)
                .body(Map.of("vendor", vendor, "status", 503, "message", VendorErrorResponses.FAULT_MESSAGE))
                .put("/_admin/faults").then().statusCode(201);
        Response answer = CALLS.get(vendor).apply(given());

        assertThat(answer.statusCode()).isEqualTo(503);
        String[] op = OPERATION.get(vendor);
        assertThat(body(answer)).isEqualTo(example(document(vendor), op[0], op[1], 503, "injected-fault-503"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"flowdock", "commflow", "teamfluence", "talktome", "stackfield"})
    void theRateLimitExampleIsWhatTheLimiterAnswers(String vendor) {
        clock.freeze(clock.instant()); // the emptied bucket gets no token back before the call
        given().contentType(ContentType.JSON).body(Map.of("enabled", true, "capacity", 1, "period", "1s"))
                .put("/_admin/rate-limits/" + vendor).then().statusCode(200);
        given().post("/_admin/rate-limits/" + vendor + "/exhaust").then().statusCode(200);
        Response answer = CALLS.get(vendor).apply(given());

        int status = vendor.equals("stackfield") ? 200 : 429;
        assertThat(answer.statusCode()).isEqualTo(status);
        String[] op = OPERATION.get(vendor);
        assertThat(body(answer)).isEqualTo(example(document(vendor), op[0], op[1], status, "rate-limited"));
    }

    @Test
    void authenticationExamplesAreWhatTheServerAnswersWithoutCredentials() {
        assertThat(body(given().get("/flowdock/flows").then().statusCode(401).extract().response()))
                .isEqualTo(example(document("flowdock"), "/flowdock/flows", "get", 401, "no-credentials"));
        assertThat(body(given().auth().preemptive().basic("no-such-token", "x").get("/flowdock/flows")
                .then().statusCode(401).extract().response()))
                .isEqualTo(example(document("flowdock"), "/flowdock/flows", "get", 401, "unknown-api-token"));
        assertThat(body(given().get("/commflow/v1/conversations").then().statusCode(401).extract().response()))
                .isEqualTo(example(document("commflow"), "/commflow/v1/conversations", "get", 401, "no-api-key"));
        assertThat(body(given().get(TEAMFLUENCE_POSTS).then().statusCode(401).extract().response()))
                .isEqualTo(example(document("teamfluence"), "/teamfluence/external/{profile_id}/posts", "get", 401,
                        "no-api-key"));
        assertThat(body(CALLS.get("talktome").apply(given()).then().statusCode(401).extract().response()))
                .isEqualTo(example(document("talktome"), "/talktome/api/is-account", "get", 401, "no-key"));
        assertThat(body(given().contentType(ContentType.JSON).body("{\"Title\":\"Hi\"}")
                .post("/stackfield/apiwh/00000000-0000-4000-8000-000000000000").then().statusCode(200).extract().response()))
                .isEqualTo(example(document("stackfield"), "/stackfield/apiwh/{webhookId}", "post", 200,
                        "unknown-webhook-url"));
    }

    @Test
    void notFoundAndValidationExamplesAreWhatTheServerAnswers() {
        Map<String, Object> flowdock = document("flowdock");
        assertThat(body(given().auth().preemptive().basic(MIKE, "x").get("/flowdock/flows/acme/no-such-flow")
                .then().statusCode(404).extract().response()))
                .isEqualTo(example(flowdock, "/flowdock/flows/{org}/{flow}", "get", 404, "flow-not-found"));
        assertThat(body(given().auth().preemptive().basic(MIKE, "x").contentType(ContentType.JSON)
                .body(Map.of("event", "message")).post("/flowdock/flows/acme/my-flow/messages")
                .then().statusCode(400).extract().response()))
                .isEqualTo(example(flowdock, "/flowdock/flows/{org}/{flow}/messages", "post", 400, "validation-error"));
        assertThat(body(given().header("Authorization", COMMFLOW_KEY).get("/commflow/v1/tickets/ticket_missing")
                .then().statusCode(404).extract().response()))
                .isEqualTo(example(document("commflow"), "/commflow/v1/tickets/{id}", "get", 404, "not-found"));
        assertThat(body(given().header("Authorization", COMMFLOW_KEY).get("/commflow/v1/conversations?order=up")
                .then().statusCode(400).extract().response()))
                .isEqualTo(example(document("commflow"), "/commflow/v1/conversations", "get", 400, "bad-query-parameter"));
    }
}
