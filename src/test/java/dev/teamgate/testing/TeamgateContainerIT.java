package dev.teamgate.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The Docker image through Testcontainers. Tagged {@code docker}: plain {@code ./mvnw verify} leaves
 * it out (no Docker engine needed); .ci/docker.sh runs it against the image it built
 * ({@code -Dteamgate.test.image=…}).
 */
@Tag("docker")
class TeamgateContainerIT {

    static TeamgateContainer container;

    @BeforeAll
    static void start() {
        String image = System.getProperty("teamgate.test.image", "");
        container = new TeamgateContainer(image.isBlank() ? "teamgate:local" : image);
        container.start();
    }

    @AfterAll
    static void stop() {
        if (container != null) {
            container.stop();
        }
    }

    @Test
    void theImageAnswersEveryVendorOnAPortOfLoopbackOnly() {
        Teamgate teamgate = container.teamgate();
        assertThat(container.baseUrl()).matches("http://(localhost|127\\.0\\.0\\.1):\\d+");
        assertThat(container.getContainerInfo().getNetworkSettings().getPorts().getBindings().values())
                .allSatisfy(bindings -> assertThat(bindings).allSatisfy(b -> assertThat(b.getHostIp()).isEqualTo("127.0.0.1")));

        teamgate.admin().reset();
        assertThat(VendorCalls.flowdockFlows(teamgate).statusCode()).isEqualTo(200);
        assertThat(VendorCalls.commflowMe(teamgate).statusCode()).isEqualTo(200);
        assertThat(VendorCalls.stackfieldChat(teamgate, "from a container").body()).isEqualTo("{\"Result\":\"ok\"}");
        assertThat(VendorCalls.teamfluencePosts(teamgate).statusCode()).isEqualTo(200);
        assertThat(VendorCalls.talkToMeIsAccount(teamgate, "paul.doe@company-ltd.example").statusCode()).isEqualTo(200);
        teamgate.admin().verify(1, RequestFilter.vendor(Vendor.STACKFIELD).method("POST").status(200));
        assertThat(teamgate.admin().count(RequestFilter.all())).isEqualTo(5);
    }
}
