package com.example.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teamgate.testing.Credential;
import dev.teamgate.testing.RequestFilter;
import dev.teamgate.testing.Teamgate;
import dev.teamgate.testing.TeamgateTest;
import dev.teamgate.testing.Vendor;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Set-up: the one annotation. Each test works in fresh workspaces of its own (safe in parallel), so
 * there is no reset: the journal also holds other tests' requests, and each check names something
 * only this test's workspace has (its webhook id, profile id or company id).
 */
@TeamgateTest(workspacePerTest = true)
class StackfieldTalkToMeTeamfluenceTest {

    @Test
    void sendsAStackfieldChatMessage(Teamgate teamgate) throws Exception {
        String webhook = teamgate.workspace(Vendor.STACKFIELD).credential(c -> "chat".equals(c.binding()), "chat").secret();

        HttpResponse<String> sent = Http.postJson(teamgate.baseUrl(Vendor.STACKFIELD) + "/apiwh/" + webhook, null,
                "{\"Title\":\"Hello World!\"}");

        assertEquals("{\"Result\":\"ok\"}", sent.body());
        // The webhook id is the secret: the journal keeps only its first characters.
        teamgate.admin().verify(1, RequestFilter.vendor(Vendor.STACKFIELD).path("/stackfield/apiwh/" + webhook.substring(0, 8) + "*"));
    }

    @Test
    void checksATalkToMeAccountWithTodaysKey(Teamgate teamgate) throws Exception {
        Credential company = teamgate.workspace(Vendor.TALKTOME).credential();

        HttpResponse<String> answer = Http.get(teamgate.baseUrl(Vendor.TALKTOME) + "/api/is-account?companyId="
                + company.get("companyId") + "&email=nobody@example.com&key=" + company.get("todayKey"), null);

        assertTrue(answer.body().contains("\"success\":true"), answer.body());
        assertEquals(1, teamgate.admin().requests(RequestFilter.request("GET", "/talktome/api/is-account")).stream()
                .filter(r -> r.query().contains(company.get("companyId"))).count());
    }

    @Test
    void listsTeamfluencePostsOfTheKeysProfile(Teamgate teamgate) throws Exception {
        Credential key = teamgate.workspace(Vendor.TEAMFLUENCE).credential();

        HttpResponse<String> posts = Http.get(teamgate.baseUrl(Vendor.TEAMFLUENCE) + "/external/"
                + key.get("profileId") + "/posts", "Bearer " + key.secret());

        assertEquals(200, posts.statusCode(), posts.body());
        teamgate.admin().verify(1, RequestFilter.request("GET", "/teamfluence/external/" + key.get("profileId") + "/posts")
                .status(200));
    }
}
