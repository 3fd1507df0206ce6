package dev.teamgate.testing;

/** Teamgate as a Docker container through {@link TeamgateContainer}; loaded only when an image is asked for. */
final class ContainerServer implements TeamgateServer {

    private final TeamgateContainer container;

    private ContainerServer(TeamgateContainer container) {
        this.container = container;
    }

    static ContainerServer start(String image, String[] properties) {
        TeamgateContainer container = new TeamgateContainer(image);
        for (String property : properties) {
            int eq = property.indexOf('=');
            container.withSetting(property.substring(0, eq).replaceFirst("^--", ""), property.substring(eq + 1));
        }
        container.start();
        return new ContainerServer(container);
    }

    @Override
    public String baseUrl() {
        return container.baseUrl();
    }

    @Override
    public void close() {
        container.stop();
    }
}
