package dev.teamgate.talktome;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.teamgate.domain.account.Account;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The three parameter encodings, GET and POST, and every kind of malformed request: each answer
 * in the vendor's envelope, none a 500, none changing anything.
 */
class RequestFormatServerTest extends TalkToMeServerTest {

    static final String JANE_ID = "K2M7R0QF4ZB8C1D5E6H9J3L4NP";

    @Test
    void queryStringOnGet() {
        asCompany().queryParam("accountEmail", JANE).queryParam("awayFrom", "2023-08-11")
                .get("/talktome/api/out-of-office").then().statusCode(200).body(equalTo(contract("changes-saved.json")));
        assertThat(stored(COMPANY, JANE_ID).getAwayFrom()).isEqualTo(LocalDate.of(2023, 8, 11));
    }

    @Test
    void queryStringOnPost() {
        asCompany().queryParam("accountEmail", JANE).queryParam("awayFrom", "2023-08-12")
                .post("/talktome/api/out-of-office").then().statusCode(200);
        assertThat(stored(COMPANY, JANE_ID).getAwayFrom()).isEqualTo(LocalDate.of(2023, 8, 12));
    }

    @Test
    void formBody() {
        given().formParam("companyId", COMPANY).formParam("key", KEY).formParam("accountEmail", JANE)
                .formParam("awayFrom", "2023-08-13").formParam("substitutionChannel", CHANNEL)
                .post("/talktome/api/out-of-office").then().statusCode(200).body(equalTo(contract("changes-saved.json")));
        Account jane = stored(COMPANY, JANE_ID);
        assertThat(jane.getAwayFrom()).isEqualTo(LocalDate.of(2023, 8, 13));
        assertThat(jane.getSubstitution()).isEqualTo("channel:" + CHANNEL);
    }

    @Test
    void multipartFormBody() {
        given().multiPart("companyId", COMPANY).multiPart("key", KEY).multiPart("accountEmail", JANE)
                .multiPart("awayFrom", "2023-08-14")
                .post("/talktome/api/out-of-office").then().statusCode(200);
        assertThat(stored(COMPANY, JANE_ID).getAwayFrom()).isEqualTo(LocalDate.of(2023, 8, 14));
    }

    @Test
    void jsonBodyOnPostAndOnGet() {
        String body = "{\"companyId\":\"" + COMPANY + "\",\"key\":\"" + KEY + "\",\"accountEmail\":\"" + JANE
                + "\",\"awayFrom\":\"2023-08-15\",\"awayUntil\":null,\"substitution\":\"" + PAUL + "\"}";
        given().contentType(ContentType.JSON).body(body).post("/talktome/api/out-of-office")
                .then().statusCode(200).body(equalTo(contract("changes-saved.json")));
        Account jane = stored(COMPANY, JANE_ID);
        assertThat(jane.getAwayFrom()).isEqualTo(LocalDate.of(2023, 8, 15));
        assertThat(jane.getAwayUntil()).isNull();
        assertThat(jane.getSubstitution()).isEqualTo(PAUL_ID);

        given().contentType("application/json; charset=UTF-8").body(body.replace("2023-08-15", "2023-08-16"))
                .get("/talktome/api/out-of-office").then().statusCode(200);
        assertThat(stored(COMPANY, JANE_ID).getAwayFrom()).isEqualTo(LocalDate.of(2023, 8, 16));
    }

    @Test
    void aFormBodyOnGetIsReadToo() {
        given().contentType(ContentType.URLENC)
                .body("companyId=" + COMPANY + "&key=" + KEY + "&accountEmail=jane.roe%40company-ltd.example&awayFrom=2023-08-17")
                .get("/talktome/api/out-of-office").then().statusCode(200);
        assertThat(stored(COMPANY, JANE_ID).getAwayFrom()).isEqualTo(LocalDate.of(2023, 8, 17));
    }

    @Test
    void theBodyOverridesTheQueryString() {
        given().queryParam("accountEmail", PAUL).contentType(ContentType.JSON)
                .body("{\"companyId\":\"" + COMPANY + "\",\"key\":\"" + KEY + "\",\"accountEmail\":\"" + JANE + "\"}")
                .post("/talktome/api/do-not-disturb").then().statusCode(200);
        assertThat(stored(COMPANY, JANE_ID).isDoNotDisturb()).isTrue();
        assertThat(stored(COMPANY, PAUL_ID).isDoNotDisturb()).isFalse();

        given().queryParam("dnd", "true").formParam("companyId", COMPANY).formParam("key", KEY)
                .formParam("accountEmail", JANE).formParam("dnd", "false")
                .post("/talktome/api/do-not-disturb").then().statusCode(200);
        assertThat(stored(COMPANY, JANE_ID).isDoNotDisturb()).isFalse();
    }

    @Test
    void otherMethodsAre405WithAllow() {
        for (String method : new String[] {"PUT", "DELETE", "PATCH"}) {
            asCompany().queryParam("accountEmail", JANE).request(method, "/talktome/api/do-not-disturb")
                    .then().statusCode(405).contentType(ContentType.JSON)
                    .header("Allow", equalTo("GET, POST"))
                    .body(equalTo("{\"success\":false,\"error\":true,\"message\":\"Method " + method
                            + " is not allowed here\"}"));
        }
        given().delete("/talktome/api/person-info").then().statusCode(405).body("error", equalTo(true));
        assertThat(stored(COMPANY, JANE_ID).isDoNotDisturb()).isFalse();
    }

    @Test
    void malformedJsonIs400AndChangesNothing() {
        given().contentType(ContentType.JSON).body("{\"companyId\": \"" + COMPANY + "\", \"accountEmail\": ")
                .post("/talktome/api/do-not-disturb")
                .then().statusCode(400)
                .body(equalTo("{\"success\":false,\"error\":true,\"message\":\"The request body is not valid JSON.\"}"));
        given().contentType(ContentType.JSON).body("[\"" + COMPANY + "\"]").post("/talktome/api/do-not-disturb")
                .then().statusCode(400).body("message", equalTo("The request body must be a JSON object."));
        given().contentType(ContentType.JSON).body("\"just a string\"").post("/talktome/api/is-account")
                .then().statusCode(400).body("message", equalTo("The request body must be a JSON object."));
        assertThat(stored(COMPANY, JANE_ID).isDoNotDisturb()).isFalse();
    }

    @Test
    void aJsonObjectOrListAsAValueIs400() {
        given().contentType(ContentType.JSON)
                .body("{\"companyId\":\"" + COMPANY + "\",\"key\":\"" + KEY + "\",\"accountEmail\":{\"email\":\"" + JANE + "\"}}")
                .post("/talktome/api/do-not-disturb")
                .then().statusCode(400)
                .body(equalTo("{\"success\":false,\"error\":true,\"message\":\"The parameter accountEmail must be a "
                        + "single value, not an object or a list.\"}"));
        given().contentType(ContentType.JSON)
                .body("{\"companyId\":\"" + COMPANY + "\",\"key\":\"" + KEY + "\",\"accountEmail\":\"" + JANE + "\",\"dnd\":[true]}")
                .post("/talktome/api/do-not-disturb").then().statusCode(400);
        assertThat(stored(COMPANY, JANE_ID).isDoNotDisturb()).isFalse();
    }

    @Test
    void jsonNumbersAndBooleansAreReadAsTheirText() {
        given().contentType(ContentType.JSON)
                .body("{\"companyId\":\"" + COMPANY + "\",\"key\":\"" + KEY + "\",\"accountEmail\":\"" + JANE + "\",\"dnd\":0}")
                .post("/talktome/api/do-not-disturb").then().statusCode(200);
        assertThat(stored(COMPANY, JANE_ID).isDoNotDisturb()).isFalse();
        given().contentType(ContentType.JSON)
                .body("{\"companyId\":\"" + COMPANY + "\",\"key\":\"" + KEY + "\",\"email\":12345}")
                .post("/talktome/api/is-account").then().statusCode(200).body("exists", equalTo(false));
    }

    @Test
    void anEmptyJsonBodyMeansNoParameters() {
        given().contentType(ContentType.JSON).body("").post("/talktome/api/person-info")
                .then().statusCode(400).body("message", equalTo("The parameter talkToMeId must be filled."));
        given().contentType(ContentType.JSON).body("{}").queryParam("talkToMeId", PAUL_ID).post("/talktome/api/person-info")
                .then().statusCode(200).body("name", equalTo("Paul Doe"));
    }

    @Test
    void aBodyOfAnotherTypeIs415() {
        given().contentType(ContentType.TEXT).body("companyId=" + COMPANY).queryParam("talkToMeId", PAUL_ID)
                .post("/talktome/api/person-info")
                .then().statusCode(415)
                .body(equalTo("{\"success\":false,\"error\":true,\"message\":\"Content type text/plain;charset=ISO-8859-1 "
                        + "is not supported: send the parameters as query string, form or JSON.\"}"));
        given().contentType("application/xml").body("<companyId/>").post("/talktome/api/is-account")
                .then().statusCode(415).body("error", equalTo(true));
        // an empty body of any type is simply no body
        given().contentType(ContentType.TEXT).queryParam("talkToMeId", PAUL_ID).post("/talktome/api/person-info")
                .then().statusCode(200);
    }

    @Test
    void anUnparsableContentTypeIs415() {
        given().header("Content-Type", "nonsense").body("x".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .queryParam("talkToMeId", PAUL_ID)
                .post("/talktome/api/person-info").then().statusCode(415).body("error", equalTo(true));
    }

    @Test
    void aHugeBodyIs413() {
        String body = "{\"companyId\":\"" + COMPANY + "\",\"padding\":\"" + "x".repeat(70_000) + "\"}";
        given().contentType(ContentType.JSON).body(body).post("/talktome/api/is-account")
                .then().statusCode(413)
                .body(equalTo("{\"success\":false,\"error\":true,\"message\":\"The request body is larger than 65536 bytes.\"}"));
    }

    @Test
    void anUnknownPathIs404InTheEnvelope() {
        given().get("/talktome/api/no-such-thing")
                .then().statusCode(404).contentType(ContentType.JSON)
                .body(equalTo("{\"success\":false,\"error\":true,\"message\":\"No such endpoint\"}"));
        given().post("/talktome/api/start-conversation").then().statusCode(404).body("success", equalTo(false));
    }

    @Test
    void theApiIsDescribedInItsOwnOpenApiGroup() {
        given().get("/v3/api-docs/talktome")
                .then().statusCode(200)
                .body("info.title", equalTo("talk-to-me (MEMOIO) (Teamgate emulation)"))
                .body("paths.'/talktome/api/is-account'.get.parameters.name", org.hamcrest.Matchers.hasItems("companyId", "email", "key"))
                .body("paths.'/talktome/api/out-of-office'.post.summary", equalTo("Set absence information"))
                .body("components.securitySchemes.companyKey.name", equalTo("Authorization"));
    }
}
