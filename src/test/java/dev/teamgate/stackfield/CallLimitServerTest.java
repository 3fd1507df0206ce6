package dev.teamgate.stackfield;

import static dev.teamgate.stackfield.SeededWebhooks.CHAT;
import static dev.teamgate.stackfield.SeededWebhooks.DISCUSSION;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The documented limit of one request per second per webhook URL (4040), and the double-request
 * guard (4057), both on the frozen clock.
 */
class CallLimitServerTest extends StackfieldServerTest {

    static final String CALL_LIMIT = result("4040", "API call limit exceeded.");
    static final String DOUBLE = result("4057", "Double request.");

    /** Posts without moving the clock. */
    ValidatableResponse postNow(String webhookId, String body) {
        return given().contentType(ContentType.JSON).body(body).post(webhookPath(webhookId)).then();
    }

    @Test
    void aSecondRequestWithinTheSameSecondIs4040UntilTheSecondIsOver() {
        postNow(CHAT, "{\"Title\":\"one\"}").statusCode(200).body(equalTo(OK));
        postNow(CHAT, "{\"Title\":\"two\"}").statusCode(200).body(equalTo(CALL_LIMIT));

        clock.advance(Duration.ofMillis(999));
        postNow(CHAT, "{\"Title\":\"three\"}").statusCode(200).body(equalTo(CALL_LIMIT));

        clock.advance(Duration.ofMillis(1));
        postNow(CHAT, "{\"Title\":\"four\"}").statusCode(200).body(equalTo(OK));

        assertThat(demoRoomMessages()).extracting(m -> m.split("\\|")[3]).containsExactly("one", "four");
    }

    @Test
    void eachWebhookUrlHasItsOwnAllowance() {
        postNow(CHAT, "{\"Title\":\"chat\"}").body(equalTo(OK));
        postNow(DISCUSSION, "{\"Title\":\"discussion\"}").body(equalTo(OK));
        postNow(CHAT, "{\"Title\":\"chat again\"}").body(equalTo(CALL_LIMIT));
        assertThat(demoRoomMessages()).hasSize(2);
    }

    @Test
    void refusedAndUnknownUrlsDoNotUseTheAllowance() {
        postNow("00000000-0000-4000-8000-000000000000", "{\"Title\":\"x\"}")
                .body(equalTo(result("4035", "Invalid request. ObjectId is invalid.")));
        postNow("00000000-0000-4000-8000-000000000000", "{\"Title\":\"x\"}")
                .body(equalTo(result("4035", "Invalid request. ObjectId is invalid.")));
        postNow(CHAT, "{\"Title\":\"first real call\"}").body(equalTo(OK));
    }

    @Test
    void theSameBodyToTheSameUrlWithinTheWindowIs4057() {
        expect(CHAT, "{\"Title\":\"deploy done\"}", OK);
        expect(CHAT, "{\"Title\":\"deploy done\"}", DOUBLE);
        expect(CHAT, "{\"Title\":\"deploy done\"}", DOUBLE);

        assertThat(demoRoomMessages()).hasSize(1);
    }

    @Test
    void theSameBodyIsNewAgainOnceTheWindowHasPassed() {
        expect(CHAT, "{\"Title\":\"heartbeat\"}", OK);
        clock.advance(Duration.ofSeconds(8));
        // 9 s after the first call (postJson adds a second): still inside the 10 s window
        expect(CHAT, "{\"Title\":\"heartbeat\"}", DOUBLE);
        // 10 s after the first call: the window is over
        expect(CHAT, "{\"Title\":\"heartbeat\"}", OK);

        assertThat(demoRoomMessages()).hasSize(2);
    }

    @Test
    void aDifferentBodyOrADifferentUrlIsNoDoubleRequest() {
        expect(CHAT, "{\"Title\":\"a\"}", OK);
        expect(CHAT, "{\"Title\": \"a\"}", OK);
        expect(DISCUSSION, "{\"Title\":\"a\"}", OK);
        assertThat(demoRoomMessages()).hasSize(3);
    }

    @Test
    void aRefusedRequestIsNotRememberedSoItsRetryIsNoDoubleRequest() {
        changeWorkspace("demo", ws -> ws.getSettings().put("disabled-modules", "chat"));
        expect(CHAT, "{\"Title\":\"retry me\"}", result("4038", "Module disabled."));
        changeWorkspace("demo", ws -> ws.getSettings().remove("disabled-modules"));
        expect(CHAT, "{\"Title\":\"retry me\"}", OK);
        assertThat(demoRoomMessages()).hasSize(1);
    }

    @Test
    void aResetForgetsEarlierBodies() {
        expect(CHAT, "{\"Title\":\"before reset\"}", OK);
        given().post("/_admin/reset").then().statusCode(200);
        expect(CHAT, "{\"Title\":\"before reset\"}", OK);
    }
}
