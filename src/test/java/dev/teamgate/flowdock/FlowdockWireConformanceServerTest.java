package dev.teamgate.flowdock;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

/** CORS, tolerated URL spellings, JSON whatever {@code Accept} says, and the charset on errors. */
class FlowdockWireConformanceServerTest extends FlowdockServerTest {

    static final String ORIGIN = "https://app.example.test";

    @Test
    void aPreflightIsAnsweredBeforeAuthentication() {
        given().header("Origin", ORIGIN).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .options("/flowdock/flows/acme/my-flow/messages")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ORIGIN))
                .header("Access-Control-Allow-Methods", equalTo("POST, PUT, PATCH, DELETE, GET, OPTIONS"))
                .header("Access-Control-Allow-Headers", equalTo("authorization, content-type"))
                .body(emptyString());
    }

    @Test
    void everyAnswerEchoesTheOriginErrorsIncluded() {
        as(MIKE).header("Origin", ORIGIN).get("/flowdock/flows").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ORIGIN));
        given().header("Origin", ORIGIN).get("/flowdock/flows").then().statusCode(401)
                .header("Access-Control-Allow-Origin", equalTo(ORIGIN));
        as(MIKE).get("/flowdock/flows").then().statusCode(200).header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void acceptTextPlainOrHtmlStillAnswersJson() {
        for (String accept : new String[] {"text/plain", "text/html"}) {
            as(MIKE).accept(accept).get("/flowdock/flows/acme/my-flow").then().statusCode(200)
                    .contentType("application/json; charset=utf-8").body("parameterized_name", equalTo("my-flow"));
        }
    }

    @Test
    void aTrailingSlashAndAJsonSuffixAreTolerated() {
        as(MIKE).get("/flowdock/flows/").then().statusCode(200).body("size()", equalTo(
                as(MIKE).get("/flowdock/flows").then().extract().path("size()")));
        as(MIKE).get("/flowdock/flows/acme/my-flow.json").then().statusCode(200)
                .body("parameterized_name", equalTo("my-flow"));
        as(MIKE).get("/flowdock/v1/flows/acme/my-flow/").then().statusCode(200)
                .body("parameterized_name", equalTo("my-flow"));
    }

    @Test
    void errorsCarryTheUtf8CharsetExactlyAsSuccessesDo() {
        String success = as(MIKE).get("/flowdock/flows").then().statusCode(200).extract().header("Content-Type");
        assertThat(success).isEqualToIgnoringCase("application/json;charset=utf-8");
        as(MIKE).get("/flowdock/flows/acme/no-such-flow").then().statusCode(404)
                .header("Content-Type", equalTo(success));
        as(MIKE).get("/flowdock/no/such/endpoint").then().statusCode(404)
                .header("Content-Type", equalTo(success));
        given().get("/flowdock/flows").then().statusCode(401).header("Content-Type", equalTo(success));
        as(MIKE).contentType("application/json").body("{").post("/flowdock/flows/acme/my-flow/messages")
                .then().statusCode(400).header("Content-Type", equalTo(success));
    }
}
