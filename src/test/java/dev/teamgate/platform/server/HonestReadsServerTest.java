package dev.teamgate.platform.server;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.teamgate.support.ServerTest;
import dev.teamgate.support.StrictHttp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every vendor GET endpoint, called three times in a row as a real client calls it, answers
 * well-framed and identical responses: read with a strict HTTP/1.1 parser over one kept-alive
 * connection, with the JDK's {@link HttpClient}, and with REST Assured. Error answers too. (A GET
 * response cache once replayed container headers and answered a malformed response from the
 * second call on; nothing may answer from memory again.)
 */
class HonestReadsServerTest extends ServerTest {

    static final String FLOWDOCK = "Authorization: Basic ZGVhZGJlZWZkZWFkYmVlZjo="; // deadbeefdeadbeef:
    static final String COMMFLOW = "Authorization: Bearer sk_live_xxxxx";
    static final String TEAMFLUENCE = "Authorization: Bearer tfk_growth_steven_owner_key";
    static final String STEVEN = "/teamfluence/external/2f6b1c3e-8a4d-4e5f-9b7a-1c2d3e4f5a6b";

    record Call(String path, String authorization, int status) {
    }

    /**
     * Many calls in a row: the vendors' own per-second limits are not what is tested here. The clock
     * stands still, because some answers honestly change with time alone (Flowdock shows when each
     * user was last seen, and every call is a sighting).
     */
    @BeforeEach
    void rateLimitsOffAndTimeStill() {
        clock.freeze(Instant.parse("2026-06-01T10:00:00Z"));
        for (String vendor : List.of("teamfluence", "talktome", "stackfield", "commflow", "flowdock")) {
            given().contentType("application/json").body("{\"enabled\":false,\"capacity\":1,\"period\":\"PT1S\"}")
                    .put("/_admin/rate-limits/" + vendor).then().statusCode(200);
        }
    }

    @Test
    void everyVendorGetAnswersTheSameWellFramedResponseThreeTimesInARow() throws Exception {
        List<Call> calls = calls();
        try (StrictHttp http = new StrictHttp(port)) {
            for (Call call : calls) {
                List<String> bodies = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    StrictHttp.Answer answer = http.send("GET", call.path(), headers(call), null);
                    assertThat(answer.status()).as(call.path()).isEqualTo(call.status());
                    assertThat(answer.headers().get("content-type")).as(call.path()).contains("json");
                    bodies.add(answer.body());
                }
                assertThat(bodies).as(call.path()).containsOnly(bodies.get(0));
                assertThat(bodies.get(0)).as(call.path()).isNotBlank();
            }
        }
    }

    @Test
    void theJdkClientAndRestAssuredReadTheSameAnswersAgainAndAgain() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (Call call : calls()) {
            String first = null;
            for (int i = 0; i < 3; i++) {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + call.path()));
                if (call.authorization() != null) {
                    request.header("Authorization", call.authorization().substring("Authorization: ".length()));
                }
                HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as(call.path()).isEqualTo(call.status());
                // the same host name as the JDK client: answers carry absolute URLs built from it
                String restAssured = (call.authorization() == null ? given()
                        : given().header("Authorization", call.authorization().substring("Authorization: ".length())))
                        .baseUri("http://127.0.0.1").urlEncodingEnabled(false).get(call.path()).asString();
                assertThat(restAssured).as(call.path()).isEqualTo(answer.body());
                if (first == null) {
                    first = answer.body();
                }
                assertThat(answer.body()).as(call.path()).isEqualTo(first);
            }
        }
    }

    private static List<String> headers(Call call) {
        return call.authorization() == null ? StrictHttp.headers("Accept: application/json")
                : StrictHttp.headers("Accept: application/json", call.authorization());
    }

    /** Every vendor GET endpoint with seeded values, plus some refusals. */
    private List<Call> calls() throws Exception {
        String talkToMeKey = given().get("/_admin/credentials?vendor=talktome")
                .jsonPath().getString("talktome[0].todayKey");
        String talkToMe = "?companyId=JSOM3ACS72QAJ2I1IM1D5VNFGR&key=" + talkToMeKey
                + "&email=paul.doe@company-ltd.example";
        String messageId = firstId("/flowdock/flows/acme/my-flow/messages?limit=1");
        String privateMessageId = firstId("/flowdock/private/9/messages?limit=1");
        String invitationId = firstId("/flowdock/flows/acme/another-flow/invitations");
        String sourceId = firstId("/flowdock/flows/acme/my-flow/sources");
        String thread = "/flowdock/flows/acme/another-flow/threads/x6BAmK_UPxKvtOSj1egQiVUma0s";
        List<Call> calls = new ArrayList<>(List.of(
                new Call(STEVEN + "/posts", TEAMFLUENCE, 200),
                new Call(STEVEN + "/posts?limit=1&offset=1", TEAMFLUENCE, 200),
                new Call(STEVEN + "/activity/7191234567890123456/leads", TEAMFLUENCE, 200),
                new Call(STEVEN + "/posts", null, 401),
                new Call("/talktome/api/is-account" + talkToMe, null, 200),
                new Call("/talktome/api/person-info" + talkToMe, null, 200),
                // out-of-office and do-not-disturb set (GET or POST): without accountEmail, the same 400
                new Call("/talktome/api/out-of-office" + talkToMe, null, 400),
                new Call("/talktome/api/do-not-disturb" + talkToMe, null, 400),
                new Call("/talktome/api/is-account?companyId=JSOM3ACS72QAJ2I1IM1D5VNFGR&key=wrong", null, 403),
                new Call("/stackfield/apiwh/e5a1cfbd-970e-45a1-b81c-3e004f9bdab5", null, 405),
                new Call("/commflow/v1/me", COMMFLOW, 200),
                new Call("/commflow/v1/tickets", COMMFLOW, 200),
                new Call("/commflow/v1/tickets?per_page=1&page=2", COMMFLOW, 200),
                new Call("/commflow/v1/tickets/ticket_123", COMMFLOW, 200),
                new Call("/commflow/v1/contacts", COMMFLOW, 200),
                new Call("/commflow/v1/contacts/contact_123", COMMFLOW, 200),
                new Call("/commflow/v1/conversations", COMMFLOW, 200),
                new Call("/commflow/v1/conversations/conv_123", COMMFLOW, 200),
                new Call("/commflow/v1/conversations/conv_123/messages", COMMFLOW, 200),
                new Call("/commflow/v1/webhooks", COMMFLOW, 200),
                new Call("/commflow/v1/webhooks/wh_123", COMMFLOW, 200),
                new Call("/commflow/v1/tickets/ticket_nope", COMMFLOW, 404),
                new Call("/commflow/v1/tickets", "Authorization: Bearer sk_live_wrong", 401)));
        for (String path : List.of("/flows", "/flows/all", "/flows/find?id=deadbeefdeadbeef", "/flows/acme",
                "/flows/acme/my-flow", "/flows/acme/another-flow/threads", thread.substring("/flowdock".length()),
                thread.substring("/flowdock".length()) + "/messages", "/organizations", "/organizations/find?id=8",
                "/organizations/acme", "/flows/acme/my-flow/messages", "/flows/acme/my-flow/messages?limit=2",
                "/flows/acme/my-flow/messages/" + messageId, "/flows/acme/another-flow/invitations",
                "/flows/acme/another-flow/invitations/" + invitationId, "/users", "/users/2", "/flows/acme/my-flow/users",
                "/organizations/acme/users", "/organizations/acme/users/2", "/private", "/private/9",
                "/private/9/messages", "/private/9/messages/" + privateMessageId, "/sources",
                "/flows/acme/my-flow/sources", "/flows/acme/my-flow/sources/" + sourceId)) {
            calls.add(new Call("/flowdock" + path, FLOWDOCK, 200));
            calls.add(new Call("/flowdock/v1" + path, FLOWDOCK, 200));
        }
        calls.add(new Call("/flowdock/flows/acme/no-such-flow", FLOWDOCK, 404));
        calls.add(new Call("/flowdock/flows", null, 401));
        return calls;
    }

    private static String firstId(String path) {
        String id = given().header("Authorization", FLOWDOCK.substring("Authorization: ".length()))
                .get(path).then().statusCode(200).extract().jsonPath().getString("[0].id");
        assertThat(id).as("the seed has one at " + path).isNotNull();
        return id;
    }
}
