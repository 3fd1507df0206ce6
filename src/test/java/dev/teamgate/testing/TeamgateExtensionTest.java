package dev.teamgate.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** @TeamgateTest in its default mode: one in-process server, a reset before each test, seeded workspaces. */
@TeamgateTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TeamgateExtensionTest {

    static String serverOfFirstTest;

    @BeforeAll
    static void handleIsAvailableBeforeAll(Teamgate teamgate) {
        assertThat(teamgate.admin().health().status()).isEqualTo("UP");
    }

    @Test
    @Order(1)
    void everyVendorAnswersWithTheSeededCredentials(Teamgate teamgate) {
        serverOfFirstTest = teamgate.baseUrl();
        assertThat(teamgate.baseUrl()).startsWith("http://127.0.0.1:");
        assertThat(teamgate.baseUrl(Vendor.FLOWDOCK)).isEqualTo(teamgate.baseUrl() + "/flowdock");
        assertThat(teamgate.baseUrl(Vendor.COMMFLOW)).isEqualTo(teamgate.baseUrl() + "/commflow");

        assertThat(VendorCalls.flowdockFlows(teamgate).statusCode()).isEqualTo(200);
        assertThat(VendorCalls.commflowMe(teamgate).body()).contains("\"ws_456\"");
        assertThat(VendorCalls.teamfluencePosts(teamgate).statusCode()).isEqualTo(200);
        assertThat(VendorCalls.stackfieldChat(teamgate, "Hello").body()).isEqualTo("{\"Result\":\"ok\"}");
        assertThat(VendorCalls.talkToMeIsAccount(teamgate, "paul.doe@company-ltd.example").body())
                .contains("\"success\":true");

        assertThat(teamgate.workspace(Vendor.FLOWDOCK).ref()).isEqualTo("flowdock/acme");
        assertThat(teamgate.workspace(Vendor.TALKTOME).externalId()).isEqualTo("JSOM3ACS72QAJ2I1IM1D5VNFGR");
        assertThat(teamgate.admin().count(RequestFilter.all())).isEqualTo(5);
    }

    @Test
    @Order(2)
    void eachTestStartsFromTheSeedOnTheSameServer(Teamgate teamgate, TeamgateAdmin admin) {
        assertThat(teamgate.baseUrl()).isEqualTo(serverOfFirstTest);
        assertThat(admin.count(RequestFilter.all())).isZero();
        assertThat(admin.verify(0, RequestFilter.vendor(Vendor.STACKFIELD))).isEmpty();
    }
}
