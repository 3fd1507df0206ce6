package dev.teamgate.testing;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * Teamgate's Docker image as a Testcontainers container. Its port is published on 127.0.0.1 only,
 * it counts as started once {@code /actuator/health/readiness} answers 200 (within
 * {@code teamgate.test.start-timeout}, 5 minutes by default), and
 * {@link #teamgate()} gives the same handle as {@code @TeamgateTest}.
 *
 * <pre>{@code
 * @Container static TeamgateContainer teamgate = new TeamgateContainer("teamgate:0.1.0-SNAPSHOT");
 * }</pre>
 */
public class TeamgateContainer extends GenericContainer<TeamgateContainer> {

    /** The port Teamgate listens on inside the container. */
    public static final int PORT = 8080;

    private String adminToken;

    public TeamgateContainer(String image) {
        this(DockerImageName.parse(image));
    }

    public TeamgateContainer(DockerImageName image) {
        super(image);
        withExposedPorts(PORT);
        // Only this machine may reach the control plane: bind the published port to loopback.
        withCreateContainerCmdModifier(cmd -> cmd.getHostConfig().withPortBindings(
                new PortBinding(Ports.Binding.bindIp("127.0.0.1"), ExposedPort.tcp(PORT))));
        waitingFor(Wait.forHttp("/actuator/health/readiness").forPort(PORT).forStatusCode(200)
                .withStartupTimeout(TeamgateServer.startTimeout()));
        // A container for one test run starts as the jar mode does (ProcessServer.FAST_START): half
        // the CPU time to readiness. The image's own memory setting is kept; withEnv overrides it all.
        withEnv("JAVA_TOOL_OPTIONS", "-XX:MaxRAMPercentage=75 " + String.join(" ", ProcessServer.FAST_START));
    }

    /** Any Teamgate setting, e.g. {@code withSetting("teamgate.journal.capacity", "500")} (an environment variable in Spring's relaxed form). */
    public TeamgateContainer withSetting(String name, String value) {
        if ("teamgate.admin.token".equals(name)) {
            adminToken = value;
        }
        return withEnv(name.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace("-", ""), value);
    }

    /**
     * 127.0.0.1: the port is published there only, so that is where it is reached (with a local
     * Docker engine). Also spares Testcontainers its look-up of the Docker host's address, which
     * starts a helper container and needs a registry.
     */
    @Override
    public String getHost() {
        return "127.0.0.1";
    }

    /** The container's root URL as this machine reaches it, e.g. {@code http://127.0.0.1:32768}. */
    public String baseUrl() {
        return "http://" + getHost() + ":" + getMappedPort(PORT);
    }

    /** The same handle a {@code @TeamgateTest} test gets (seeded workspaces; reset with {@code admin().reset()}). */
    public Teamgate teamgate() {
        return Teamgate.connect(baseUrl(), adminToken);
    }

    /** The control-plane client alone. */
    public TeamgateAdmin admin() {
        return TeamgateAdmin.connect(baseUrl(), adminToken);
    }
}
