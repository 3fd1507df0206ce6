package dev.teamgate.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * @TeamgateTest with {@code -Dteamgate.test.image=…}: the same extension, Teamgate in a container.
 * Tagged {@code docker}, run by .ci/docker.sh only.
 */
@Tag("docker")
@TeamgateTest(workspacePerTest = true)
class ImageModeExtensionIT {

    @Test
    void aFreshWorkspaceInTheContainer(Teamgate teamgate) {
        assertThat(System.getProperty("teamgate.test.image")).as("run with -Dteamgate.test.image").isNotBlank();
        TeamgateWorkspace workspace = teamgate.workspace(Vendor.COMMFLOW);
        assertThat(workspace.ref()).startsWith("commflow/my-workspace-");
        assertThat(VendorCalls.commflowMe(teamgate).body()).contains(workspace.externalId());
        teamgate.admin().verify(1, RequestFilter.request("GET", "/commflow/v1/me").status(200));
    }
}
