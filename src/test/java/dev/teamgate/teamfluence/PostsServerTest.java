package dev.teamgate.teamfluence;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import dev.teamgate.platform.nativeport.NativePorts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

class PostsServerTest extends TeamfluenceServerTest {

    @Autowired NativePorts nativePorts;

    @Test
    void allTeamMembersPostsNewestFirstWithTheirCounters() {
        String body = as(STEVEN_KEY).get(API + STEVEN + "/posts")
                .then().statusCode(200).contentType("application/json").extract().asString();
        assertSameJson(contract("posts.json"), body);
    }

    @Test
    void theProfileIdNamesTheCallerButDoesNotNarrowThePosts() {
        String asSteven = as(STEVEN_KEY).get(API + STEVEN + "/posts").then().statusCode(200).extract().asString();
        String asJan = as(JAN_KEY).get(API + JAN + "/posts").then().statusCode(200).extract().asString();
        assertSameJson(asSteven, asJan);
    }

    @Test
    void limitAndOffsetPageThroughTheFeedAndCountEveryMatch() {
        String body = as(STEVEN_KEY).get(API + STEVEN + "/posts?limit=2&offset=1")
                .then().statusCode(200).extract().asString();
        assertSameJson(contract("posts-limit-2-offset-1.json"), body);
        as(STEVEN_KEY).get(API + STEVEN + "/posts?offset=5")
                .then().statusCode(200).body(equalTo("{\"count\":5,\"limit\":20,\"offset\":5,\"posts\":[]}"));
    }

    @Test
    void authorFiltersByProfileIdOrFullName() {
        as(STEVEN_KEY).get(API + STEVEN + "/posts?author=" + STEVEN)
                .then().statusCode(200).body("count", equalTo(2))
                .body("posts.id", contains("9b8a7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d", "0d6f3c1a-5b2e-4a7d-9c8b-1e2f3a4b5c6d"));
        as(STEVEN_KEY).get(API + STEVEN + "/posts?author=mia schneider")
                .then().statusCode(200).body("posts.author", contains("Mia Schneider"));
        // a deactivated member's posts stay in the feed
        as(STEVEN_KEY).get(API + STEVEN + "/posts?author=" + TOM)
                .then().statusCode(200).body("posts.content", contains("Your sales team needs meetings, not likes."));
        as(STEVEN_KEY).get(API + STEVEN + "/posts?author=nobody")
                .then().statusCode(200).body(equalTo("{\"count\":0,\"limit\":20,\"offset\":0,\"posts\":[]}"));
    }

    @Test
    void publishedAfterIsInclusiveAndPublishedBeforeExclusive() {
        as(STEVEN_KEY).get(API + STEVEN + "/posts?published_after=2026-05-06T09:15:00Z&published_before=2026-05-10T07:45:00Z")
                .then().statusCode(200).body("count", equalTo(2))
                .body("posts.published_at", contains("2026-05-08T12:00:00Z", "2026-05-06T09:15:00Z"));
        // a date is midnight UTC; an offset that was not URL-encoded (+ read as a space) still parses
        as(STEVEN_KEY).get(API + STEVEN + "/posts?published_after=2026-05-10&published_before=2026-05-12T18:20:01 02:00")
                .then().statusCode(200).body("posts.published_at", contains("2026-05-12T16:20:00Z", "2026-05-10T07:45:00Z"));
        as(STEVEN_KEY).get(API + STEVEN + "/posts?published_after=2026-06-01")
                .then().statusCode(200).body("count", equalTo(0)).body("posts", empty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "limit=0|limit must be a whole number from 1 to 100.",
            "limit=101|limit must be a whole number from 1 to 100.",
            "limit=ten|limit must be a whole number from 1 to 100.",
            "limit=99999999999999999999|limit must be a whole number from 1 to 100.",
            "offset=-1|offset must be a whole number from 0 to 1000000.",
            "offset=1.5|offset must be a whole number from 0 to 1000000.",
            "published_after=yesterday|published_after must be an ISO-8601 date or date-time, such as 2026-06-01 or 2026-06-01T08:00:00Z.",
            "published_before=2026-13-01|published_before must be an ISO-8601 date or date-time, such as 2026-06-01 or 2026-06-01T08:00:00Z.",
            "published_after=2026-05-10&published_before=2026-05-10|published_after must be earlier than published_before.",
            "author=|author must be a profile id or a full name of at most 200 characters."})
    void malformedParametersAreA400NamingTheParameter(String query, String detail) {
        as(STEVEN_KEY).get(API + STEVEN + "/posts?" + query)
                .then().statusCode(400).contentType("application/json")
                .body(equalTo("{\"detail\":\"" + detail + "\"}"));
    }

    @Test
    void aHugeAuthorIsA400() {
        as(STEVEN_KEY).get(API + STEVEN + "/posts?author=" + "x".repeat(201))
                .then().statusCode(400)
                .body(equalTo("{\"detail\":\"author must be a profile id or a full name of at most 200 characters.\"}"));
    }

    @Test
    void theNativePortServesTheApiAtExternalLikeTheRealHost() {
        String main = as(STEVEN_KEY).get(API + STEVEN + "/posts").then().statusCode(200).extract().asString();
        String nativeBody = as(STEVEN_KEY).port(nativePorts.actualPort("teamfluence")).get("/external/" + STEVEN + "/posts")
                .then().statusCode(200).extract().asString();
        assertSameJson(main, nativeBody);
        as(STEVEN_KEY).port(nativePorts.actualPort("teamfluence")).get("/external/" + STEVEN + "/nothing-here")
                .then().statusCode(404).body(equalTo("{\"detail\":\"Not found.\"}"));
    }
}
