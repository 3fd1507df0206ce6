package dev.teamgate.teamfluence;

import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeadsServerTest extends TeamfluenceServerTest {

    @Test
    void theLeadsThatEngagedWithAPostBestScoreFirstWithTheirWholeHistory() {
        String body = as(STEVEN_KEY).get(API + STEVEN + "/activity/" + POST_1 + "/leads?qualified_only=false")
                .then().statusCode(200).contentType("application/json").extract().asString();
        assertSameJson(contract("leads-post-1.json"), body);
    }

    @Test
    void qualifiedOnlyKeepsTheQualifiedLeads() {
        String body = as(STEVEN_KEY).get(API + STEVEN + "/activity/" + POST_1 + "/leads?qualified_only=true")
                .then().statusCode(200).extract().asString();
        assertSameJson(contract("leads-post-1-qualified.json"), body);
    }

    @ParameterizedTest
    @CsvSource({"1", "YES", "on"})
    void qualifiedOnlyTakesTheOtherSpellingsOfTrue(String spelling) {
        String body = as(STEVEN_KEY).get(API + STEVEN + "/activity/" + POST_1 + "/leads?qualified_only=" + spelling)
                .then().statusCode(200).extract().asString();
        assertSameJson(contract("leads-post-1-qualified.json"), body);
    }

    @Test
    void withoutQualifiedOnlyEveryLeadIsListed() {
        String all = as(STEVEN_KEY).get(API + STEVEN + "/activity/" + POST_1 + "/leads")
                .then().statusCode(200).extract().asString();
        assertSameJson(contract("leads-post-1.json"), all);
    }

    @Test
    void aCommentOnAnotherMembersPostIsFoundFromThatPost() {
        String body = as(JAN_KEY).get(API + JAN + "/activity/" + POST_3 + "/leads")
                .then().statusCode(200).extract().asString();
        assertSameJson(contract("leads-post-3.json"), body);
    }

    @Test
    void aPostNobodyEngagedWithHasNoLeads() {
        as(STEVEN_KEY).get(API + STEVEN + "/activity/" + POST_5 + "/leads")
                .then().statusCode(200).body(equalTo("{\"count\":0,\"leads\":[]}"));
    }

    @Test
    void anUnknownActivityIsA404() {
        as(STEVEN_KEY).get(API + STEVEN + "/activity/7190000000000000000/leads")
                .then().statusCode(404).contentType("application/json").body(equalTo("{\"detail\":\"Not found.\"}"));
    }

    @Test
    void anotherTeamspacesPostIsA404() {
        // 7196789012345678901 is a post of the starter team
        as(STEVEN_KEY).get(API + STEVEN + "/activity/7196789012345678901/leads")
                .then().statusCode(404).body(equalTo("{\"detail\":\"Not found.\"}"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/activity/urn:li:activity:" + POST_1 + "/leads|activityId must be the numeric id at the end of a post's activity_urn.",
            "/activity/abc/leads|activityId must be the numeric id at the end of a post's activity_urn.",
            "/activity/1234567890123456789012345678901/leads|activityId must be the numeric id at the end of a post's activity_urn.",
            "/activity/" + POST_1 + "/leads?qualified_only=maybe|qualified_only must be true or false."})
    void malformedParametersAreA400(String path, String detail) {
        as(STEVEN_KEY).get(API + STEVEN + path)
                .then().statusCode(400).body(equalTo("{\"detail\":\"" + detail + "\"}"));
    }
}
