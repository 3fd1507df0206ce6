package dev.teamgate.stackfield;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

/** A webhook URL is a secret: the request journal shows only its display prefix. */
class StackfieldJournalServerTest extends StackfieldServerTest {

    @Test
    void theJournalMasksTheWebhookIdInThePath() {
        expect(SeededWebhooks.CHAT, "{\"Title\":\"Hello World!\"}", OK);
        given().get("/_admin/requests?vendor=stackfield")
                .then().statusCode(200)
                .body("requests[0].path", equalTo("/stackfield/apiwh/e5a1cfbd-970…"))
                .body("requests[0].credential", equalTo("e5a1cfbd-970…"))
                .body("requests[0].path", not(containsString(SeededWebhooks.CHAT)));
        given().get("/_admin/requests/count?vendor=stackfield&path=/stackfield/apiwh/e5a1cfbd*")
                .then().body("count", equalTo(1));
    }
}
