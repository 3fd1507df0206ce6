package dev.teamgate.teamfluence;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import dev.teamgate.support.WebhookReceiver;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A lead added through the control plane or a fixture is POSTed to the teamspace's webhook URLs. */
class LeadWebhookServerTest extends TeamfluenceServerTest {

    static final Duration WAIT = Duration.ofSeconds(10);
    static final String WEBHOOKS = "/_admin/teamfluence/teamspaces/{slug}/webhooks";
    static final String LEADS = "/_admin/teamfluence/teamspaces/{slug}/leads";

    WebhookReceiver receiver;

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    private void subscribe(String... paths) {
        List<String> urls = java.util.Arrays.stream(paths).map(receiver::url).toList();
        given().contentType(ContentType.JSON).body(java.util.Map.of("urls", urls))
                .put(WEBHOOKS, "growth-team")
                .then().statusCode(200).body("teamspace", equalTo("growth-team")).body("urls", equalTo(urls));
    }

    @Test
    void aLeadAddedThroughTheControlPlaneIsSentToEveryWebhookUrlWithoutASignature() {
        subscribe("/crm", "/sheet");
        String answered = given().contentType(ContentType.JSON).body(contract("new-lead.json"))
                .post(LEADS, "growth-team")
                .then().statusCode(201).contentType("application/json").extract().asString();
        assertSameJson(contract("new-lead-webhook-payload.json"), answered);

        await().atMost(WAIT).until(() -> receiver.received().size() == 2);
        assertThat(receiver.received()).extracting(WebhookReceiver.Received::path).containsExactlyInAnyOrder("/crm", "/sheet");
        for (WebhookReceiver.Received got : receiver.received()) {
            assertThat(got.method()).isEqualTo("POST");
            assertThat(got.headers()).containsEntry("Content-Type", "application/json");
            assertThat(got.headers().keySet()).noneMatch(h -> h.toLowerCase().contains("signature")
                    || h.toLowerCase().contains("secret"));
            assertSameJson(contract("new-lead-webhook-payload.json"), got.body());
        }
        given().get("/_admin/webhooks/deliveries?vendor=teamfluence")
                .then().statusCode(200)
                .body("count", equalTo(2))
                .body("deliveries.event", contains("lead.added", "lead.added"));
    }

    @Test
    void theNewLeadIsListedUnderThePostItEngagedWith() {
        given().contentType(ContentType.JSON).body(contract("new-lead.json"))
                .post(LEADS, "growth-team").then().statusCode(201);
        as(STEVEN_KEY).get(API + STEVEN + "/activity/" + POST_5 + "/leads")
                .then().statusCode(200)
                .body("count", equalTo(1))
                .body("leads[0].id", equalTo("lead_9d1e2f30"))
                .body("leads[0].email", equalTo("priya@quanta-labs.example"))
                .body("leads[0].history.event_type", contains("LINKEDIN_PROFILE_FOLLOWER", "LINKEDIN_COMMENT_ENGAGEMENT"));
    }

    @Test
    void leadsLoadedByAFixtureAreSentToTheFixturesWebhooks() {
        given().contentType(ContentType.JSON).body("""
                {"workspaces":[{"vendor":"teamfluence","slug":"hooked","name":"Hooked",
                  "accounts":[{"slug":"o","externalId":"p_o","name":"O","email":"o@hooked.example","role":"OWNER"}],
                  "leadWebhooks":[{"url":"%s"}],
                  "leads":[{"id":"l1","firstName":"Lu","lastName":"One","owner":"o","createdAt":"2026-05-20T10:00:00Z"},
                           {"id":"l2","firstName":"Li","lastName":"Two","createdAt":"2026-05-21T10:00:00Z"}]}]}"""
                        .formatted(receiver.url("/fixture")))
                .post("/_admin/fixtures").then().statusCode(201);
        await().atMost(WAIT).until(() -> receiver.received().size() == 2);
        assertThat(receiver.received()).extracting(r -> r.body().substring(0, 13))
                .containsExactlyInAnyOrder("{\"id\":\"l1\",\"s", "{\"id\":\"l2\",\"s");
        String first = receiver.received().stream().filter(r -> r.body().startsWith("{\"id\":\"l1\"")).findFirst()
                .orElseThrow().body();
        assertSameJson("""
                {"id":"l1","stage":null,"source":null,"source_content_url":null,"first_name":"Lu","last_name":"One",
                 "linkedin_url":null,"email":null,"job_title":null,"headline":null,"team_member_email":"o@hooked.example",
                 "followers_count":null,"connections_count":null,"picture":null,"phone_number":null,
                 "company":{"name":null,"domain":null,"website":null,"linkedin_url":null,"employees_num_min":null,
                            "employees_num_max":null,"industries":[],"specialties":[],"country":null,"headquarters":null,
                            "company_type":null,"followers":null,"founded_year":null},
                 "history":[]}""", first);
    }

    @Test
    void aFixtureThatFailsSendsNothing() {
        given().contentType(ContentType.JSON).body("""
                {"workspaces":[{"vendor":"teamfluence","slug":"broken","name":"Broken",
                  "leadWebhooks":[{"url":"%s"}],
                  "leads":[{"id":"good"},{"id":"bad","owner":"nobody"}]}]}""".formatted(receiver.url("/x")))
                .post("/_admin/fixtures")
                .then().statusCode(400).contentType("application/problem+json")
                .body("param", equalTo("leads[1].owner"));
        // a committed lead afterwards proves the dispatcher is working, and is the only one sent
        subscribe("/after");
        given().contentType(ContentType.JSON).body("{\"id\":\"lead_after\"}").post(LEADS, "growth-team").then().statusCode(201);
        await().atMost(WAIT).until(() -> receiver.received().size() == 1);
        await().during(Duration.ofMillis(200)).atMost(WAIT).until(() -> receiver.received().size() == 1);
        assertThat(receiver.received().get(0).path()).isEqualTo("/after");
    }

    @Test
    void aTeamspaceWithoutWebhooksSendsNothing() {
        given().contentType(ContentType.JSON).body("{\"id\":\"lead_quiet\"}").post(LEADS, "growth-team").then().statusCode(201);
        given().get("/_admin/webhooks/deliveries?vendor=teamfluence").then().body("count", equalTo(0));
        given().get(WEBHOOKS, "growth-team").then().statusCode(200).body(equalTo("{\"teamspace\":\"growth-team\",\"urls\":[]}"));
    }

    @Test
    void badWebhookAndLeadRequestsAreProblemsAndChangeNothing() {
        given().contentType(ContentType.JSON).body("{\"urls\":[\"ftp://files.example/x\"]}").put(WEBHOOKS, "growth-team")
                .then().statusCode(400).contentType("application/problem+json").body("param", equalTo("urls[0]"));
        given().contentType(ContentType.JSON).body("{}").put(WEBHOOKS, "growth-team")
                .then().statusCode(400).body("param", equalTo("urls"));
        given().contentType(ContentType.JSON).body("{\"urls\":\"http://a.example\"}").put(WEBHOOKS, "growth-team")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"urls\":[]}").put(WEBHOOKS, "nope")
                .then().statusCode(404).contentType("application/problem+json");

        given().contentType(ContentType.JSON).body("{\"id\":\"lead_3f9a1c7e\"}").post(LEADS, "growth-team")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("lead lead_3f9a1c7e already exists"));
        given().contentType(ContentType.JSON).body("{\"id\":\"x\",\"history\":[{\"kind\":\"POST_ENGAGEMENT\",\"room\":\"feed\",\"seq\":42}]}")
                .post(LEADS, "growth-team")
                .then().statusCode(400).body("param", equalTo("history[0].seq"))
                .body("detail", equalTo("history[0].seq refers to unknown 42"));
        given().contentType(ContentType.JSON).body("{\"id\":\"x\",\"score\":-1}").post(LEADS, "growth-team")
                .then().statusCode(400).body("param", equalTo("score"));
        given().contentType(ContentType.JSON).body("{\"id\":\"x\",\"score\":\"high\"}").post(LEADS, "growth-team")
                .then().statusCode(400).contentType("application/problem+json").body("param", equalTo("score"));
        given().contentType(ContentType.JSON).body("{\"id\":\"" + "x".repeat(101) + "\"}").post(LEADS, "growth-team")
                .then().statusCode(400).body("param", equalTo("id"));
        given().contentType(ContentType.JSON).body("{\"id\":").post(LEADS, "growth-team")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("null").post(LEADS, "growth-team")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.TEXT).body("x").post(LEADS, "growth-team")
                .then().statusCode(415).contentType("application/problem+json");

        given().get(WEBHOOKS, "growth-team").then().body("urls", equalTo(List.of()));
        as(STEVEN_KEY).get(API + STEVEN + "/activity/" + POST_1 + "/leads").then().body("count", equalTo(3));
        given().get("/_admin/fixtures?workspace=teamfluence/growth-team")
                .then().body("workspaces[0].leads.id", contains("lead_3f9a1c7e", "lead_7b2d4e91", "lead_c5e8f203", "lead_e0a4b6d8"));
    }

    @Test
    void aWebhookUrlNamingThisServerIsRefusedWhenRegistered() {
        String self = "http://127.0.0.1:" + port + "/_admin/reset";
        given().contentType(ContentType.JSON).body(java.util.Map.of("urls", List.of(receiver.url("/ok"), self)))
                .put(WEBHOOKS, "growth-team")
                .then().statusCode(400).contentType("application/problem+json")
                .body("param", equalTo("urls[1]"))
                .body("detail", equalTo("urls[1] must not point at this server itself"));
        given().contentType(ContentType.JSON).body("""
                {"workspaces":[{"vendor":"teamfluence","slug":"selfish","name":"Selfish",
                  "leadWebhooks":[{"url":"http://localhost:%d/_admin/reset"}]}]}""".formatted(port))
                .post("/_admin/fixtures")
                .then().statusCode(400).contentType("application/problem+json")
                .body("param", equalTo("leadWebhooks[0].url"))
                .body("detail", equalTo("leadWebhooks[0].url must not point at this server itself"));

        given().get(WEBHOOKS, "growth-team").then().statusCode(200).body("urls", equalTo(List.of()));
        given().get(WEBHOOKS, "selfish").then().statusCode(404);
    }
}
