package dev.teamgate.platform.server;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.teamgate.domain.credential.Credential;
import dev.teamgate.domain.credential.CredentialKind;
import dev.teamgate.domain.credential.CredentialRepository;
import dev.teamgate.domain.credential.CredentialService;
import dev.teamgate.domain.credential.SecretHasher;
import dev.teamgate.domain.workspace.WorkspaceRepository;
import dev.teamgate.support.ServerTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A kept authentication decision is exactly the one the authenticator would make again: it
 * survives writes to tables the decision was not made from (new messages), and nothing else.
 * POSTs are used where possible, so the GET response cache plays no part.
 */
class AuthCacheServerTest extends ServerTest {

    static final String ANN = "Bearer tv_alpha_ann_key";
    static final String MESSAGES = "/testvendor/rooms/general/messages";

    @Autowired
    MeterRegistry registry;

    @Autowired
    CredentialService credentialService;

    @Autowired
    CredentialRepository credentials;

    @Autowired
    WorkspaceRepository workspaces;

    @Autowired
    TransactionTemplate transactions;

    double count(String result) {
        return registry.counter("teamgate.auth.cache", "result", result).count();
    }

    int post(String authorization, String content) {
        return given().header("Authorization", authorization).contentType("application/json")
                .body("{\"content\":\"" + content + "\"}").post(MESSAGES).then().extract().statusCode();
    }

    @Test
    void postsAfterTheFirstAreAuthenticatedFromMemoryThroughTheirOwnWrites() {
        double hits = count("hit");
        double kept = count("kept");
        given().header("Authorization", ANN).contentType("application/json").body("{\"content\":\"one\"}")
                .post(MESSAGES).then().statusCode(201).body("seq", equalTo(3));
        given().header("Authorization", ANN).contentType("application/json").body("{\"content\":\"two, longer\"}")
                .post(MESSAGES).then().statusCode(201).body("seq", equalTo(4));
        given().header("Authorization", ANN).contentType("application/json").body("{\"content\":\"three\"}")
                .post(MESSAGES).then().statusCode(201).body("seq", equalTo(5)).header("X-Test-Caller", equalTo(
                        given().header("Authorization", ANN).get("/testvendor/me").then().extract().path("accountId").toString()));
        assertThat(count("kept")).isEqualTo(kept + 2);
        assertThat(count("hit")).as("the second and third post; the GET has its own key").isEqualTo(hits + 2);
    }

    @Test
    void aCredentialRevokedAfterItsDecisionWasKeptIsRefusedAtOnce() {
        assertThat(post(ANN, "before")).isEqualTo(201);
        assertThat(post(ANN, "kept")).isEqualTo(201);
        Long id = credentials.findBySecretHash(SecretHasher.sha256Hex("tv_alpha_ann_key")).get(0).getId();
        credentialService.revoke(id);
        given().header("Authorization", ANN).contentType("application/json").body("{\"content\":\"after\"}")
                .post(MESSAGES).then().statusCode(401).body("failure.message", equalTo("Invalid API key"));
    }

    @Test
    void aKeptRefusalEndsAsSoonAsTheKeyIsRegistered() {
        assertThat(post("Bearer tv_alpha_new_key", "no")).isEqualTo(401);
        assertThat(post("Bearer tv_alpha_new_key", "still no")).isEqualTo(401);
        transactions.executeWithoutResult(tx -> credentialService.register(
                workspaces.findByVendorAndSlug("testvendor", "alpha").orElseThrow(), CredentialKind.API_KEY, null,
                "tv_alpha_new_key"));
        assertThat(post("Bearer tv_alpha_new_key", "now")).isEqualTo(201);
    }

    @Test
    void aDecisionThatReadTheClockIsNeverKeptSoAnExpiringKeyStopsWorkingOnTime() {
        clock.freeze(Instant.parse("2026-06-01T08:00:00Z"));
        transactions.executeWithoutResult(tx -> {
            var alpha = workspaces.findByVendorAndSlug("testvendor", "alpha").orElseThrow();
            Credential expiring = credentialService.register(alpha, CredentialKind.API_KEY, null, "tv_alpha_expiring");
            expiring.setExpiresAt(Instant.parse("2026-06-01T09:00:00Z"));
        });
        double kept = count("kept");
        assertThat(post("Bearer tv_alpha_expiring", "a")).isEqualTo(201);
        assertThat(post("Bearer tv_alpha_expiring", "b")).isEqualTo(201);
        assertThat(count("kept")).isEqualTo(kept);

        clock.advance(Duration.ofHours(1));
        assertThat(post("Bearer tv_alpha_expiring", "c")).isEqualTo(401);
    }

    @Test
    void eachCredentialAndEachRequestShapeHasItsOwnDecision() {
        assertThat(post(ANN, "ann")).isEqualTo(201);
        given().header("Authorization", "Bearer tv_beta_bea_key").contentType("application/json")
                .body("{\"content\":\"bea\"}").post(MESSAGES).then().statusCode(201).body("seq", equalTo(1));
        given().header("Authorization", ANN).contentType("application/json").body("{\"content\":\"ann\"}")
                .post(MESSAGES).then().statusCode(201).body("seq", equalTo(4));
        given().contentType("application/json").body("{\"content\":\"nobody\"}")
                .post(MESSAGES).then().statusCode(401).body("failure.message", equalTo("Missing API key"));
    }

    @Test
    void multipartRequestsAreNeverKept() {
        double kept = count("kept");
        given().header("Authorization", ANN).multiPart("content", "x").post(MESSAGES);
        given().header("Authorization", ANN).multiPart("content", "x").post(MESSAGES);
        assertThat(count("kept")).isEqualTo(kept);
    }
}
