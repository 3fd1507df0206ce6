package dev.teamgate.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import dev.teamgate.support.SandboxSettings;
import dev.teamgate.support.ServerTest;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import org.junit.jupiter.api.Test;

/** The dashboard's page and scripts load without the admin token; nothing that holds data does. */
@SandboxSettings
class DashboardServerTest extends ServerTest {

    @Test
    void theRootLeadsToTheDashboard() {
        given().config(RestAssuredConfig.config().redirect(RedirectConfig.redirectConfig().followRedirects(false)))
                .get("/").then().statusCode(302).header("Location", endsWith("/_admin"));
    }

    @Test
    void thePageAndItsScriptsLoadWithoutTheToken() {
        given().get("/_admin").then().statusCode(200).contentType("text/html")
                .body(containsString("<title>Teamgate dashboard</title>"));
        given().get("/_admin/").then().statusCode(200).contentType("text/html");
        given().get("/_admin/dashboard/app.js").then().statusCode(200).body(containsString("sessionStorage"));
        given().get("/_admin/dashboard/dashboard.css").then().statusCode(200);
    }

    @Test
    void dataStillNeedsTheToken() {
        given().get("/_admin/requests").then().statusCode(401);
        given().post("/_admin").then().statusCode(401);
        // dot-segment tricks never reach the data: the request firewall refuses them first (400)
        given().urlEncodingEnabled(false).get("/_admin/dashboard/%2e%2e/requests").then().statusCode(400);
        given().urlEncodingEnabled(false).get("/_admin/dashboard/..;/requests").then().statusCode(400);
        given().header("Authorization", "Bearer let-me-in").get("/_admin/requests").then().statusCode(200);
    }
}
