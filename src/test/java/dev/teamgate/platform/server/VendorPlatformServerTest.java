package dev.teamgate.platform.server;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.teamgate.support.ServerTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The platform seen through the test-only vendor: auth, error shapes, fallbacks, isolation. */
class VendorPlatformServerTest extends ServerTest {

    /** These tests post many times with one key: the test vendor's limit of five an hour is lifted. */
    @BeforeEach
    void noRateLimit() {
        given().contentType(ContentType.JSON).body("{\"enabled\":false}").put("/_admin/rate-limits/testvendor")
                .then().statusCode(200);
    }


    static final String ANN = "Bearer tv_alpha_ann_key";
    static final String BEA = "Bearer tv_beta_bea_key";

    @Test
    void aPublicPathNeedsNoCredentialsAndCarriesTheVendorHeader() {
        given().get("/testvendor/public/ping")
                .then().statusCode(200)
                .header("X-Test-Caller", "anonymous")
                .body(equalTo("{\"answer\":\"pong\"}"));
    }

    @Test
    void missingWrongAndRevokedKeysAreRefusedInTheVendorShape() {
        given().get("/testvendor/me")
                .then().statusCode(401).contentType(ContentType.JSON)
                .body(equalTo("{\"failure\":{\"kind\":\"UNAUTHENTICATED\",\"message\":\"Missing API key\",\"param\":null}}"));
        given().header("Authorization", "Bearer nope").get("/testvendor/me")
                .then().statusCode(401).body("failure.message", equalTo("Invalid API key"));
        given().header("Authorization", "Bearer tv_alpha_revoked").get("/testvendor/me")
                .then().statusCode(401).body("failure.message", equalTo("Invalid API key"));
        given().header("Authorization", "Basic dHZfYWxwaGFfYW5uX2tleTo=").get("/testvendor/me")
                .then().statusCode(401).body("failure.message", equalTo("Missing API key"));
    }

    @Test
    void aValidKeyNamesItsCallerWithoutRevealingTheSecret() {
        given().header("Authorization", ANN).get("/testvendor/me")
                .then().statusCode(200)
                .body("credential", equalTo("tv_al…"))
                .body("accountId", notNullValue())
                .body("workspaceId", notNullValue());
        given().header("Authorization", BEA).get("/testvendor/me")
                .then().statusCode(200).body("credential", equalTo("tv_be…"));
    }

    @Test
    void anUnknownPathUnderThePrefixIsA404InTheVendorShape() {
        given().header("Authorization", ANN).get("/testvendor/no/such/thing")
                .then().statusCode(404)
                .body(equalTo("{\"failure\":{\"kind\":\"NOT_FOUND\",\"message\":\"No such endpoint\",\"param\":null}}"));
    }

    @Test
    void aWrongMethodIsA405InTheVendorShape() {
        given().header("Authorization", ANN).delete("/testvendor/me")
                .then().statusCode(405)
                .body("failure.kind", equalTo("METHOD_NOT_ALLOWED"))
                .body("failure.message", equalTo("Method DELETE is not allowed here"));
    }

    @Test
    void malformedJsonIsA400InTheVendorShapeAndStoresNothing() {
        given().header("Authorization", ANN).contentType(ContentType.JSON).body("{\"content\": ")
                .post("/testvendor/rooms/general/messages")
                .then().statusCode(400)
                .body(equalTo("{\"failure\":{\"kind\":\"MALFORMED_BODY\",\"message\":\"The request body is not valid JSON\",\"param\":null}}"));
        given().header("Authorization", ANN).get("/testvendor/rooms/general/messages")
                .then().statusCode(200).body("seq", contains(1, 2));
    }

    @Test
    void wrongTypesMissingFieldsAndHugeValuesAreClientErrors() {
        given().header("Authorization", ANN).contentType(ContentType.JSON).body("{\"content\": {\"a\": 1}}")
                .post("/testvendor/rooms/general/messages")
                .then().statusCode(400).body("failure.kind", equalTo("BAD_REQUEST")).body("failure.param", equalTo("content"));
        given().header("Authorization", ANN).contentType(ContentType.JSON).body("{}")
                .post("/testvendor/rooms/general/messages")
                .then().statusCode(422).body("failure.kind", equalTo("VALIDATION")).body("failure.param", equalTo("content"));
        given().header("Authorization", ANN).contentType(ContentType.JSON).body("{\"content\": \"" + "x".repeat(101) + "\"}")
                .post("/testvendor/rooms/general/messages")
                .then().statusCode(422).body("failure.param", equalTo("content"));
        given().header("Authorization", ANN).contentType(ContentType.JSON).body("{\"content\": \"ok\"}")
                .post("/testvendor/rooms/general/messages?pin=notanumber")
                .then().statusCode(400).body("failure.param", equalTo("pin"));
        given().header("Authorization", ANN).get("/testvendor/rooms/general/messages")
                .then().body("seq", contains(1, 2));
    }

    @Test
    void aWrongContentTypeIsA415InTheVendorShape() {
        given().header("Authorization", ANN).contentType(ContentType.TEXT).body("content")
                .post("/testvendor/rooms/general/messages")
                .then().statusCode(415).body("failure.kind", equalTo("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void anUnknownRoomIsA404() {
        given().header("Authorization", ANN).get("/testvendor/rooms/nope/messages")
                .then().statusCode(404).body("failure.message", equalTo("room nope not found"));
    }

    @Test
    void workspacesNeverSeeEachOthersData() {
        given().header("Authorization", BEA).contentType(ContentType.JSON).body("{\"content\":\"from beta\"}")
                .post("/testvendor/rooms/general/messages")
                .then().statusCode(201).body(equalTo("{\"seq\":1,\"content\":\"from beta\"}"));
        given().header("Authorization", ANN).get("/testvendor/rooms/general/messages")
                .then().statusCode(200).body("content", contains("hello", "hi ann"));
        given().header("Authorization", BEA).get("/testvendor/rooms/general/messages")
                .then().statusCode(200).body("content", contains("from beta"));
    }

    @Test
    void concurrentPostsGetDistinctGapFreeSequenceNumbers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Integer>> posts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String content = "c" + i;
            posts.add(() -> given().header("Authorization", ANN).contentType(ContentType.JSON)
                    .body("{\"content\":\"" + content + "\"}").post("/testvendor/rooms/general/messages")
                    .then().statusCode(201).extract().path("seq"));
        }
        List<Integer> seqs = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(posts)) {
            seqs.add(f.get());
        }
        pool.shutdown();
        assertThat(seqs).doesNotHaveDuplicates().hasSize(40);
        assertThat(seqs.stream().mapToInt(Integer::intValue).min().orElseThrow()).isEqualTo(3);
        assertThat(seqs.stream().mapToInt(Integer::intValue).max().orElseThrow()).isEqualTo(42);
        List<Integer> stored = given().header("Authorization", ANN).get("/testvendor/rooms/general/messages?limit=100")
                .then().extract().path("seq");
        assertThat(stored).hasSize(42).doesNotHaveDuplicates();
    }

    @Test
    void concurrentFirstPostsToAnEmptyRoomStartItsCounterOnceAndCountFromOne() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Integer>> posts = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            posts.add(() -> given().header("Authorization", "Bearer tv_beta_bea_key").contentType(ContentType.JSON)
                    .body("{\"content\":\"first\"}").post("/testvendor/rooms/general/messages")
                    .then().statusCode(201).extract().path("seq"));
        }
        List<Integer> seqs = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(posts)) {
            seqs.add(f.get());
        }
        pool.shutdown();
        assertThat(seqs).containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, 16).boxed().toList());
    }

    @Test
    void aNonVendorUnknownPathIsAProblemDocument() {
        given().get("/nowhere")
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("param", nullValue());
    }

    @Test
    void aCutOffMultipartBodyIsA400InTheVendorShape() {
        given().header("Authorization", ANN)
                .contentType("multipart/form-data; boundary=XyZ")
                .body("--XyZ\r\nContent-Disposition: form-data; name=\"content\"\r\n\r\nhalf a".getBytes())
                .post("/testvendor/rooms/general/messages")
                .then().statusCode(400).body("failure.kind", equalTo("MALFORMED_BODY"));
    }
}
