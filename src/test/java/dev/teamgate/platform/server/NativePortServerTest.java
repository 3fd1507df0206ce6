package dev.teamgate.platform.server;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.teamgate.platform.nativeport.NativePorts;
import dev.teamgate.support.ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NativePortServerTest extends ServerTest {

    @Autowired
    NativePorts nativePorts;

    @Test
    void theVendorsPathsAnswerAtTheRootOfItsNativePort() {
        int nativePort = nativePorts.actualPort("testvendor");
        given().port(nativePort).get("/public/ping")
                .then().statusCode(200).body("answer", equalTo("pong"));
        given().port(nativePort).header("Authorization", "Bearer tv_alpha_ann_key").get("/rooms/general/messages")
                .then().statusCode(200).body("content[0]", equalTo("hello"));
    }

    @Test
    void errorsOnTheNativePortAreInTheVendorShape() {
        int nativePort = nativePorts.actualPort("testvendor");
        given().port(nativePort).get("/me").then().statusCode(401).body("failure.kind", equalTo("UNAUTHENTICATED"));
        given().port(nativePort).header("Authorization", "Bearer tv_alpha_ann_key").get("/_admin/health")
                .then().statusCode(404).body("failure.kind", equalTo("NOT_FOUND"));
    }

    @Test
    void theJournalShowsNativeRequestsUnderTheVendorPrefix() {
        given().port(nativePorts.actualPort("testvendor")).get("/public/ping").then().statusCode(200);
        // Not requests[0]: the contract check may fetch the port's documents after the answer, and so
        // journal a request of its own, when this is the first native-port call of the test run.
        given().get("/_admin/requests").then()
                .body("requests.path", hasItem("/testvendor/public/ping"))
                .body("requests.path", not(hasItem("/public/ping")));
    }

    @Test
    void theMainPortStillServesThePrefixedPaths() {
        given().get("/testvendor/public/ping").then().statusCode(200);
    }
}
