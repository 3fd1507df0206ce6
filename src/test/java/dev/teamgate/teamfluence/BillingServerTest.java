package dev.teamgate.teamfluence;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

class BillingServerTest extends TeamfluenceServerTest {

    static final String MISSING_SCOPE =
            "{\"detail\":\"Missing Billing Scope: your teamspace subscription does not include API access.\"}";
    static final String LIMITED = "{\"detail\":\"The request was accepted but not completed: "
            + "your teamspace subscription is limited by billing.\"}";

    @Test
    void aTeamspaceWithoutApiAccessGets402OnEveryEndpoint() {
        as(OLIVIA_KEY).get(API + OLIVIA + "/posts")
                .then().statusCode(402).contentType("application/json").body(equalTo(MISSING_SCOPE));
        as(OLIVIA_KEY).get(API + OLIVIA + "/activity/7196789012345678901/leads")
                .then().statusCode(402).body(equalTo(MISSING_SCOPE));
    }

    @Test
    void aBillingLimitedTeamspaceGets202WithADetailAndNoData() {
        as(FELIX_KEY).get(API + FELIX + "/posts")
                .then().statusCode(202).contentType("application/json").body(equalTo(LIMITED));
        as(FELIX_KEY).get(API + FELIX + "/activity/" + POST_1 + "/leads")
                .then().statusCode(202).body(equalTo(LIMITED));
    }

    @Test
    void billingIsCheckedBeforeTheParameters() {
        as(OLIVIA_KEY).get(API + OLIVIA + "/posts?limit=0").then().statusCode(402).body(equalTo(MISSING_SCOPE));
        as(FELIX_KEY).get(API + FELIX + "/activity/abc/leads").then().statusCode(202).body(equalTo(LIMITED));
    }

    @Test
    void theControlPlaneSwitchesApiAccessAndTheBillingLimitation() {
        given().get("/_admin/teamfluence/teamspaces/growth-team/billing")
                .then().statusCode(200)
                .body(equalTo("{\"teamspace\":\"growth-team\",\"apiAccess\":true,\"billingLimited\":false}"));

        given().contentType(ContentType.JSON).body("{\"apiAccess\":false}")
                .put("/_admin/teamfluence/teamspaces/growth-team/billing")
                .then().statusCode(200)
                .body(equalTo("{\"teamspace\":\"growth-team\",\"apiAccess\":false,\"billingLimited\":false}"));
        as(STEVEN_KEY).get(API + STEVEN + "/posts").then().statusCode(402).body(equalTo(MISSING_SCOPE));

        given().contentType(ContentType.JSON).body("{\"apiAccess\":true,\"billingLimited\":true}")
                .put("/_admin/teamfluence/teamspaces/growth-team/billing")
                .then().statusCode(200)
                .body(equalTo("{\"teamspace\":\"growth-team\",\"apiAccess\":true,\"billingLimited\":true}"));
        as(STEVEN_KEY).get(API + STEVEN + "/posts").then().statusCode(202).body(equalTo(LIMITED));

        given().contentType(ContentType.JSON).body("{\"billingLimited\":false}")
                .put("/_admin/teamfluence/teamspaces/growth-team/billing").then().statusCode(200);
        as(STEVEN_KEY).get(API + STEVEN + "/posts").then().statusCode(200).body("count", equalTo(5));

        // the switches are workspace state: the fixture export carries them
        given().contentType(ContentType.JSON).body("{\"apiAccess\":false}")
                .put("/_admin/teamfluence/teamspaces/limited-team/billing").then().statusCode(200);
        given().get("/_admin/fixtures?workspace=teamfluence/limited-team")
                .then().body("workspaces[0].apiAccess", equalTo(false)).body("workspaces[0].billingLimited", equalTo(true));
    }

    @Test
    void badBillingRequestsAreProblems() {
        given().contentType(ContentType.JSON).body("{\"apiAccess\":true}")
                .put("/_admin/teamfluence/teamspaces/nope/billing")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("teamspace nope not found"));
        given().contentType(ContentType.JSON).body("{\"apiAccess\":\"maybe\"}")
                .put("/_admin/teamfluence/teamspaces/growth-team/billing")
                .then().statusCode(400).contentType("application/problem+json").body("param", equalTo("apiAccess"));
        given().contentType(ContentType.JSON).body("{\"apiAccess\":")
                .put("/_admin/teamfluence/teamspaces/growth-team/billing")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.TEXT).body("apiAccess=false")
                .put("/_admin/teamfluence/teamspaces/growth-team/billing")
                .then().statusCode(415).contentType("application/problem+json");
        given().get("/_admin/teamfluence/teamspaces/growth-team/billing")
                .then().body("apiAccess", equalTo(true)).body("billingLimited", equalTo(false));
    }
}
