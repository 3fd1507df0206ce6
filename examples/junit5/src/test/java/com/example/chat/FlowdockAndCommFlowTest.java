package com.example.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teamgate.testing.RequestFilter;
import dev.teamgate.testing.Teamgate;
import dev.teamgate.testing.TeamgateTest;
import dev.teamgate.testing.Vendor;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Set-up: the one annotation. Teamgate is reset to its seed before each test. */
@TeamgateTest
class FlowdockAndCommFlowTest {

    @Test
    void postsAChatMessageToAFlowdockFlow(Teamgate teamgate) throws Exception {
        String token = teamgate.workspace(Vendor.FLOWDOCK).secret();

        HttpResponse<String> posted = Http.postJson(teamgate.baseUrl(Vendor.FLOWDOCK) + "/flows/acme/my-flow/messages",
                Http.basic(token), "{\"event\":\"message\",\"content\":\"Deploy finished\"}");

        assertEquals(202, posted.statusCode(), posted.body()); // Flowdock: accepted, empty body
        teamgate.admin().verify(1, RequestFilter.vendor(Vendor.FLOWDOCK).method("POST")
                .path("/flowdock/flows/*/*/messages").status(202));
    }

    @Test
    void readsTheCommFlowWorkspace(Teamgate teamgate) throws Exception {
        String key = teamgate.workspace(Vendor.COMMFLOW).secret();

        HttpResponse<String> me = Http.get(teamgate.baseUrl(Vendor.COMMFLOW) + "/v1/me", "Bearer " + key);

        assertEquals(200, me.statusCode(), me.body());
        assertTrue(me.body().contains(teamgate.workspace(Vendor.COMMFLOW).externalId()), me.body());
        assertEquals(1, teamgate.admin().count(RequestFilter.request("GET", "/commflow/v1/me")));
    }
}
