package dev.teamgate.teamfluence;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

class AuthenticationServerTest extends TeamfluenceServerTest {

    static final String NOT_PROVIDED = "{\"detail\":\"Authentication credentials were not provided.\"}";
    static final String INVALID = "{\"detail\":\"Invalid API key.\"}";
    static final String WRONG_PROFILE = "{\"detail\":\"The API key does not belong to this profile.\"}";
    static final String INACTIVE =
            "{\"detail\":\"The profile of this API key was removed or deactivated in the teamspace.\"}";

    @Test
    void noKeyIsA401WithAChallenge() {
        given().get(API + STEVEN + "/posts")
                .then().statusCode(401).contentType("application/json")
                .header("WWW-Authenticate", "Bearer realm=\"api\"")
                .body(equalTo(NOT_PROVIDED));
    }

    @Test
    void aKeyOutsideABearerHeaderIsNotProvided() {
        given().header("Authorization", STEVEN_KEY).get(API + STEVEN + "/posts")
                .then().statusCode(401).body(equalTo(NOT_PROVIDED));
        given().header("Authorization", "Basic " + STEVEN_KEY).get(API + STEVEN + "/posts")
                .then().statusCode(401).body(equalTo(NOT_PROVIDED));
        given().header("Authorization", "Bearer ").get(API + STEVEN + "/posts")
                .then().statusCode(401).body(equalTo(NOT_PROVIDED));
        given().get(API + STEVEN + "/posts?api_key=" + STEVEN_KEY)
                .then().statusCode(401).body(equalTo(NOT_PROVIDED));
    }

    @Test
    void anUnknownRevokedOrForeignKeyIsInvalid() {
        as("tfk_no_such_key").get(API + STEVEN + "/posts").then().statusCode(401).body(equalTo(INVALID));
        as(REVOKED_KEY).get(API + STEVEN + "/posts").then().statusCode(401).body(equalTo(INVALID));
        // a key of another vendor's workspace
        as("tv_alpha_ann_key").get(API + STEVEN + "/posts").then().statusCode(401).body(equalTo(INVALID));
    }

    @Test
    void aKeyUnderSomeoneElsesProfileIdIsRefused() {
        as(JAN_KEY).get(API + STEVEN + "/posts").then().statusCode(401).body(equalTo(WRONG_PROFILE));
        // a member of the same teamspace who holds no key
        as(STEVEN_KEY).get(API + MIA + "/posts").then().statusCode(401).body(equalTo(WRONG_PROFILE));
        // the key of another teamspace's owner
        as(OLIVIA_KEY).get(API + STEVEN + "/activity/" + POST_1 + "/leads").then().statusCode(401).body(equalTo(WRONG_PROFILE));
    }

    @Test
    void anUnknownProfileIdIsA404() {
        as(STEVEN_KEY).get(API + "00000000-0000-0000-0000-000000000000/posts")
                .then().statusCode(404).contentType("application/json").body(equalTo("{\"detail\":\"Not found.\"}"));
    }

    @Test
    void aDeactivatedProfileFailsWithItsOwnKey() {
        as(TOM_KEY).get(API + TOM + "/posts").then().statusCode(401).body(equalTo(INACTIVE));
        as(TOM_KEY).get(API + TOM + "/activity/" + POST_1 + "/leads").then().statusCode(401).body(equalTo(INACTIVE));
    }

    @Test
    void aRemovedProfileFailsWithItsOwnKey() {
        as(LENA_KEY).get(API + LENA + "/posts").then().statusCode(401).body(equalTo(INACTIVE));
    }

    @Test
    void aKeyOfAnAccountThatIsNoLongerAdministratorIsRefused() {
        // a key that survived its holder's demotion to a plain member
        given().contentType(ContentType.JSON).body("""
                {"workspaces":[{"vendor":"teamfluence","slug":"demoted","name":"Demoted",
                  "accounts":[{"slug":"dora","externalId":"p_dora","name":"Dora","role":"MEMBER"}],
                  "credentials":[{"kind":"API_KEY","account":"dora","secret":"tfk_demoted_dora"}]}]}""")
                .post("/_admin/fixtures").then().statusCode(201);
        as("tfk_demoted_dora").get(API + "p_dora/posts")
                .then().statusCode(401)
                .body(equalTo("{\"detail\":\"Only Administrators and Teamspace Owners can use the API.\"}"));
    }

    @Test
    void anUnknownPathOfAValidCallerIsA404AndAWrongMethodA405() {
        as(STEVEN_KEY).get(API + STEVEN + "/campaigns").then().statusCode(404).body(equalTo("{\"detail\":\"Not found.\"}"));
        as(STEVEN_KEY).get("/teamfluence/other").then().statusCode(404).body(equalTo("{\"detail\":\"Not found.\"}"));
        as(STEVEN_KEY).contentType(ContentType.JSON).body("{}").post(API + STEVEN + "/posts")
                .then().statusCode(405).header("Allow", "GET")
                .body(equalTo("{\"detail\":\"Method POST is not allowed here\"}"));
    }

    @Test
    void theJournalShowsOnlyTheKeysPrefix() {
        as(STEVEN_KEY).get(API + STEVEN + "/posts").then().statusCode(200);
        given().get("/_admin/requests?vendor=teamfluence")
                .then().statusCode(200)
                .body("requests[0].path", equalTo(API + STEVEN + "/posts"))
                .body("requests[0].credential", equalTo("tfk_growt…"));
    }
}
