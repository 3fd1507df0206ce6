package dev.teamgate.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * @TeamgateTest with {@code -Dteamgate.test.jar=…} (failsafe passes the executable jar): the
 * extension starts the jar as a child JVM instead of in-process.
 */
@TeamgateTest
class JarModeExtensionIT {

    @Test
    void theServerIsAChildProcessRunningTheJar(Teamgate teamgate) {
        String jar = System.getProperty("teamgate.test.jar", "");
        assertThat(jar).as("failsafe sets teamgate.test.jar").isNotBlank();
        assertThat(ProcessHandle.current().children()
                .map(child -> child.info().commandLine().orElse(""))
                .filter(command -> command.contains(jar) && command.contains(teamgate.baseUrl().replaceFirst(".*:", "--server.port="))))
                .hasSize(1);
        assertThat(VendorCalls.flowdockFlows(teamgate).statusCode()).isEqualTo(200);
        teamgate.admin().verify(1, RequestFilter.vendor(Vendor.FLOWDOCK).path("/flowdock/flows"));
    }
}
