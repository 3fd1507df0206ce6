package dev.teamgate.platform.server;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.teamgate.domain.credential.Credential;
import dev.teamgate.domain.credential.CredentialKind;
import dev.teamgate.domain.credential.CredentialRepository;
import dev.teamgate.domain.credential.CredentialService;
import dev.teamgate.domain.credential.SecretHasher;
import dev.teamgate.domain.message.MessageService;
import dev.teamgate.domain.message.NewMessage;
import dev.teamgate.domain.room.RoomRepository;
import dev.teamgate.domain.workspace.WorkspaceRepository;
import dev.teamgate.support.ServerTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The GET response cache gives back exactly what the controller would compute, and nothing it
 * could no longer compute: every write, wherever it comes from, retires what was kept.
 */
class ReadCacheServerTest extends ServerTest {

    static final String ANN = "Bearer tv_alpha_ann_key";
    static final String MESSAGES = "/testvendor/rooms/general/messages";
    static final String TWO_SEEDED = "[{\"seq\":1,\"content\":\"hello\"},{\"seq\":2,\"content\":\"hi ann\"}]";

    @Autowired
    MeterRegistry registry;

    @Autowired
    MessageService messages;

    @Autowired
    CredentialService credentialService;

    @Autowired
    CredentialRepository credentials;

    @Autowired
    WorkspaceRepository workspaces;

    @Autowired
    RoomRepository rooms;

    @Autowired
    TransactionTemplate transactions;

    double count(String result) {
        return registry.counter("teamgate.read.cache", "result", result).count();
    }

    String getMessages() {
        return given().header("Authorization", ANN).get(MESSAGES).then().statusCode(200).extract().asString();
    }

    @Test
    void theSameGetTwiceIsAnsweredTheSecondTimeFromMemoryWithTheSameBytesAndHeaders() {
        double hits = count("hit");
        getMessages();
        given().header("Authorization", ANN).get(MESSAGES)
                .then().statusCode(200)
                .header("Content-Type", "application/json")
                .body(equalTo(TWO_SEEDED));
        assertThat(count("hit")).isEqualTo(hits + 1);
    }

    @Test
    void aWriteThroughTheApiRetiresTheKeptAnswer() {
        getMessages();
        given().header("Authorization", ANN).contentType("application/json").body("{\"content\":\"third\"}")
                .post(MESSAGES).then().statusCode(201);
        assertThat(getMessages()).isEqualTo(TWO_SEEDED.replace("]", ",{\"seq\":3,\"content\":\"third\"}]"));
    }

    @Test
    void aWriteThatBypassesHttpAlsoRetiresTheKeptAnswer() {
        getMessages();
        getMessages();
        Long roomId = transactions.execute(tx -> rooms.findByWorkspaceAndSlug(
                workspaces.findByVendorAndSlug("testvendor", "alpha").orElseThrow(), "general").orElseThrow().getId());
        messages.post(roomId, NewMessage.of("message", null, "from a service"));
        assertThat(getMessages()).endsWith("{\"seq\":3,\"content\":\"from a service\"}]");
    }

    @Test
    void aCredentialRevokedAfterItsAnswerWasKeptIsRefusedAtOnce() {
        given().header("Authorization", ANN).get("/testvendor/me").then().statusCode(200);
        given().header("Authorization", ANN).get("/testvendor/me").then().statusCode(200);
        Long id = credentials.findBySecretHash(SecretHasher.sha256Hex("tv_alpha_ann_key")).get(0).getId();
        credentialService.revoke(id);
        given().header("Authorization", ANN).get("/testvendor/me").then().statusCode(401);
    }

    @Test
    void anAnswerThatReadTheClockIsNeverKeptSoAnExpiringKeyStopsWorkingOnTime() {
        clock.freeze(Instant.parse("2026-06-01T08:00:00Z"));
        transactions.executeWithoutResult(tx -> {
            var alpha = workspaces.findByVendorAndSlug("testvendor", "alpha").orElseThrow();
            Credential expiring = credentialService.register(alpha, CredentialKind.API_KEY, null, "tv_alpha_expiring");
            expiring.setExpiresAt(Instant.parse("2026-06-01T09:00:00Z"));
        });
        double kept = count("kept");
        given().header("Authorization", "Bearer tv_alpha_expiring").get("/testvendor/me").then().statusCode(200);
        given().header("Authorization", "Bearer tv_alpha_expiring").get("/testvendor/me").then().statusCode(200);
        assertThat(count("kept")).isEqualTo(kept);

        clock.advance(Duration.ofHours(1));
        given().header("Authorization", "Bearer tv_alpha_expiring").get("/testvendor/me").then().statusCode(401);
    }

    @Test
    void eachCredentialGetsItsOwnAnswer() {
        String ann = given().header("Authorization", ANN).get("/testvendor/me").then().statusCode(200).extract().asString();
        String bea = given().header("Authorization", "Bearer tv_beta_bea_key").get("/testvendor/me")
                .then().statusCode(200).extract().asString();
        assertThat(bea).isNotEqualTo(ann);
        given().header("Authorization", ANN).get("/testvendor/me").then().body(equalTo(ann));
        given().header("Authorization", "Bearer tv_beta_bea_key").get("/testvendor/me").then().body(equalTo(bea));
    }

    @Test
    void answersFromMemoryStillReachTheJournal() {
        getMessages();
        getMessages();
        given().get("/_admin/requests?vendor=testvendor")
                .then().statusCode(200)
                .body("requests.size()", equalTo(2))
                .body("requests[0].status", equalTo(200))
                .body("requests[0].responseBody.content", org.hamcrest.Matchers.contains("hello", "hi ann"))
                .body("requests[0].responseBody.seq", org.hamcrest.Matchers.contains(1, 2));
    }

    @Test
    void readsRacingWritesNeverLeaveAStaleAnswerBehind() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            var tasks = new java.util.ArrayList<java.util.concurrent.Callable<Object>>();
            for (int writer = 0; writer < 3; writer++) {
                tasks.add(() -> {
                    for (int i = 0; i < 10; i++) {
                        given().header("Authorization", ANN).contentType("application/json").body("{\"content\":\"w\"}")
                                .post(MESSAGES).then().statusCode(201);
                    }
                    return null;
                });
            }
            for (int reader = 0; reader < 3; reader++) {
                tasks.add(() -> {
                    for (int i = 0; i < 20; i++) {
                        given().header("Authorization", ANN).queryParam("limit", 100).get(MESSAGES).then().statusCode(200);
                    }
                    return null;
                });
            }
            for (var done : pool.invokeAll(tasks)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
        // The same request as the readers', so a stale kept answer would be the one returned.
        String last = given().header("Authorization", ANN).queryParam("limit", 100).get(MESSAGES)
                .then().statusCode(200).extract().asString();
        assertThat(last).endsWith("{\"seq\":32,\"content\":\"w\"}]");
    }

    @Test
    void errorsAreNotKept() {
        double kept = count("kept");
        given().header("Authorization", ANN).get("/testvendor/rooms/nowhere/messages").then().statusCode(404);
        given().header("Authorization", ANN).get("/testvendor/rooms/nowhere/messages").then().statusCode(404);
        assertThat(count("kept")).isEqualTo(kept);
    }
}
