package dev.teamgate.testing;

import dev.teamgate.TeamgateApplication;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Teamgate started in the test JVM with {@link SpringApplication}, on a random port of 127.0.0.1.
 * Two things keep it apart from the application under test on the same class path: it reads only
 * its own {@code application.yaml} (the one in the jar or directory holding Teamgate's classes,
 * not whichever the class path finds first), and its H2 database has a name of its own.
 */
final class InProcessServer implements TeamgateServer {

    private final ConfigurableApplicationContext context;
    private final String baseUrl;

    private InProcessServer(ConfigurableApplicationContext context, String baseUrl) {
        this.context = context;
        this.baseUrl = baseUrl;
    }

    static InProcessServer start(String[] properties) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--spring.config.location=" + ownConfiguration(),
                "--spring.datasource.url=jdbc:h2:mem:teamgate-" + UUID.randomUUID()
                        + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=256",
                "--spring.main.banner-mode=off"));
        for (String property : properties) {
            arguments.add(property.startsWith("--") ? property : "--" + property);
        }
        SpringApplication application = new SpringApplication(TeamgateApplication.class);
        // The test JVM exits when the tests are done; the extension closes the context before that.
        application.setRegisterShutdownHook(false);
        ConfigurableApplicationContext context = application.run(arguments.toArray(String[]::new));
        String port = context.getEnvironment().getProperty("local.server.port");
        InProcessServer server = new InProcessServer(context, "http://127.0.0.1:" + port);
        TeamgateServer.awaitReady(server.baseUrl, TeamgateServer.startTimeout(), context::isActive);
        return server;
    }

    /** Teamgate's own application.yaml, next to TeamgateApplication.class in its jar or classes directory. */
    static String ownConfiguration() {
        URL classes = TeamgateApplication.class.getProtectionDomain().getCodeSource().getLocation();
        String location = classes.toString();
        if (location.endsWith(".jar")) {
            return "jar:" + location + "!/application.yaml";
        }
        return (location.endsWith("/") ? location : location + "/") + "application.yaml";
    }

    @Override
    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public void close() {
        context.close();
    }
}
