package dev.teamgate.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** @TeamgateTest(workspacePerTest = true): a fresh workspace per vendor a test asks for, removed after it. */
@TeamgateTest(workspacePerTest = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkspacePerTestExtensionTest {

    static String firstFlowdockWorkspace;

    @Test
    @Order(1)
    void everyVendorWorksWithItsFreshCredentials(Teamgate teamgate) {
        TeamgateWorkspace flowdock = teamgate.workspace(Vendor.FLOWDOCK);
        firstFlowdockWorkspace = flowdock.ref();
        assertThat(flowdock.ref()).startsWith("flowdock/acme-").isNotEqualTo("flowdock/acme");
        assertThat(flowdock.credential("API_KEY").secret()).isNotEqualTo("deadbeefdeadbeef");
        assertThat(teamgate.workspace(Vendor.FLOWDOCK)).isSameAs(flowdock);

        assertThat(VendorCalls.flowdockFlows(teamgate).body()).contains(flowdock.slug());
        assertThat(VendorCalls.commflowMe(teamgate).body()).contains(teamgate.workspace(Vendor.COMMFLOW).externalId());
        assertThat(VendorCalls.teamfluencePosts(teamgate).statusCode()).isEqualTo(200);
        assertThat(VendorCalls.stackfieldChat(teamgate, "Hello").body()).isEqualTo("{\"Result\":\"ok\"}");
        TeamgateWorkspace company = teamgate.workspace(Vendor.TALKTOME);
        assertThat(company.credential().get("todayKey")).isNotBlank();
        assertThat(VendorCalls.talkToMeIsAccount(teamgate, "nobody@example.com").body()).contains("\"success\":true");
    }

    @Test
    @Order(2)
    void theNextTestGetsAnotherWorkspaceAndTheFirstIsGone(Teamgate teamgate) {
        assertThat(teamgate.workspace(Vendor.FLOWDOCK).ref()).isNotEqualTo(firstFlowdockWorkspace);
        assertThatThrownBy(() -> teamgate.admin().exportFixture(firstFlowdockWorkspace))
                .isInstanceOf(TeamgateAdminException.class)
                .satisfies(e -> assertThat(((TeamgateAdminException) e).status()).isEqualTo(404));
    }

    @AfterAll
    static void theSeedIsUntouched(Teamgate teamgate) {
        assertThat(teamgate.workspace(Vendor.FLOWDOCK).ref()).isEqualTo("flowdock/acme");
    }
}
