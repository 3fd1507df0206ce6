package dev.teamgate.flowdock;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** A source's flow_token on every way of posting a message the docs allow. */
class FlowTokenServerTest extends FlowdockServerTest {

    private String lastContent() {
        return as(MIKE).get("/flowdock/flows/acme/my-flow/messages?limit=1").then().statusCode(200)
                .extract().path("[0].content");
    }

    @Test
    void aFlowTokenPostsToItsOwnFlowsMessagesPath() {
        given().contentType(ContentType.JSON).body("{\"flow_token\":\"" + SOURCE_TOKEN + "\",\"event\":\"message\","
                + "\"content\":\"Via the flow path\",\"external_user_name\":\"bot\"}")
                .post("/flowdock/flows/acme/my-flow/messages").then().statusCode(202);
        org.assertj.core.api.Assertions.assertThat(lastContent()).isEqualTo("Via the flow path");
        given().contentType(ContentType.JSON).body("{\"event\":\"message\",\"content\":\"Query token\","
                + "\"external_user_name\":\"bot\"}")
                .post("/flowdock/flows/acme/my-flow/messages?flow_token=" + SOURCE_TOKEN).then().statusCode(202);
        org.assertj.core.api.Assertions.assertThat(lastContent()).isEqualTo("Query token");
    }

    @Test
    void aFlowTokenCannotPostToAnotherFlow() {
        given().contentType(ContentType.JSON).body("{\"flow_token\":\"" + SOURCE_TOKEN + "\",\"event\":\"message\","
                + "\"content\":\"Wrong flow\",\"external_user_name\":\"bot\"}")
                .post("/flowdock/flows/acme/another-flow/messages").then().statusCode(404)
                .body(equalTo("{\"message\":\"Flow not found\"}"));
        given().contentType(ContentType.JSON).body("{\"event\":\"message\",\"content\":\"x\"}")
                .post("/flowdock/flows/acme/my-flow/messages").then().statusCode(401);
    }

    @Test
    void aFlowTokenWinsOverBasicAuthOnPostMessages() {
        // The body names no flow: only the token says where it goes.
        as(JOE).contentType(ContentType.JSON).body("{\"flow_token\":\"" + SOURCE_TOKEN + "\",\"event\":\"message\","
                + "\"content\":\"Token beside Basic\",\"external_user_name\":\"bot\"}")
                .post("/flowdock/messages").then().statusCode(202);
        org.assertj.core.api.Assertions.assertThat(lastContent()).isEqualTo("Token beside Basic");
        as(JOE).contentType(ContentType.JSON).body("{\"event\":\"message\",\"content\":\"Query beside Basic\","
                + "\"external_user_name\":\"bot\"}")
                .post("/flowdock/messages?flow_token=" + SOURCE_TOKEN).then().statusCode(202);
        org.assertj.core.api.Assertions.assertThat(lastContent()).isEqualTo("Query beside Basic");
    }
}
