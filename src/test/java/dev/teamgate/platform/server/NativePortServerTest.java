package dev.teamgate.platform.server;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

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
        given().get("/_admin/requests").then().body("requests[0].path", equalTo("/testvendor/public/ping"));
    }

    @Test
    void theMainPortStillServesThePrefixedPaths() {
        given().get("/testvendor/public/ping").then().statusCode(200);
    }
}
