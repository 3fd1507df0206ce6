package dev.teamgate.support;

import dev.teamgate.domain.fixture.FixtureExporter;
import dev.teamgate.domain.workspace.WorkspaceRepository;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Records, when a server test context's web server has just started (before any test of it runs),
 * how many workspaces exist and the full fixture export: the state of a fresh start, which the
 * reset tests compare against. A component in the test sources, so every server context has one
 * without a context configuration of its own.
 */
@Component
public class PortsOpened implements ApplicationListener<WebServerInitializedEvent> {

    private final WorkspaceRepository repository;
    private final FixtureExporter exporter;
    private final ObjectMapper json;
    private volatile long workspaces = -1;
    private volatile JsonNode export;

    PortsOpened(WorkspaceRepository repository, FixtureExporter exporter, ObjectMapper json) {
        this.repository = repository;
        this.exporter = exporter;
        this.json = json;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        // The main port's event comes first; native ports start later and must not overwrite it.
        if (workspaces < 0) {
            workspaces = repository.count();
            export = json.readTree(json.writeValueAsString(exporter.exportAll()));
        }
    }

    public long workspaces() {
        return workspaces;
    }

    public JsonNode export() {
        return export;
    }
}
