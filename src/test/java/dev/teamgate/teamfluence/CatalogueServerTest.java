package dev.teamgate.teamfluence;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

/** Swagger UI shows the Teamfluence API with its own parameter and field names, and its control plane. */
class CatalogueServerTest extends TeamfluenceServerTest {

    @Test
    void theTeamfluenceGroupListsBothEndpointsWithTheirParametersAndShapes() {
        given().get("/v3/api-docs/teamfluence")
                .then().statusCode(200)
                .body("paths.'/teamfluence/external/{profile_id}/posts'.get.parameters.name",
                        contains("profile_id", "limit", "offset", "author", "published_after", "published_before"))
                .body("paths.'/teamfluence/external/{profile_id}/activity/{activityId}/leads'.get.parameters.name",
                        contains("profile_id", "activityId", "qualified_only"))
                .body("paths.'/teamfluence/external/{profile_id}/posts'.get.responses.keySet()",
                        contains("200", "202", "400", "401", "402", "404", "429", "503"))
                .body("components.schemas.Post.properties.keySet()", contains("id", "activity_urn", "post_url", "content",
                        "author", "published_at", "likes_num", "comments_num", "impressions_num", "shares_num"))
                .body("components.securitySchemes.apiKey.scheme", equalTo("bearer"));
    }

    @Test
    void theControlPlaneGroupHasTheTeamfluenceEndpoints() {
        given().get("/v3/api-docs/admin")
                .then().statusCode(200)
                .body("paths.keySet()", hasItems("/_admin/teamfluence/profiles/{profileId}/rotate-key",
                        "/_admin/teamfluence/teamspaces/{slug}/billing", "/_admin/teamfluence/teamspaces/{slug}/webhooks",
                        "/_admin/teamfluence/teamspaces/{slug}/leads"));
    }

    @Test
    void theDemoCredentialsNameTheProfileIdEachKeyBelongsTo() {
        given().get("/_admin/credentials?vendor=teamfluence")
                .then().statusCode(200)
                .body("teamfluence.find { it.secret == '" + STEVEN_KEY + "' }.profileId", equalTo(STEVEN))
                .body("teamfluence.find { it.secret == '" + STEVEN_KEY + "' }.postsUrl", equalTo(API + STEVEN + "/posts"))
                .body("teamfluence.find { it.secret == '" + FELIX_KEY + "' }.workspace", equalTo("limited-team"));
    }
}
