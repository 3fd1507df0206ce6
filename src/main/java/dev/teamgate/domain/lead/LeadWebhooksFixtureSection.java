package dev.teamgate.domain.lead;

import dev.teamgate.domain.InvalidInputException;
import dev.teamgate.domain.fixture.FixtureJson;
import dev.teamgate.domain.fixture.FixtureSection;
import dev.teamgate.domain.workspace.Workspace;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The {@code leadWebhooks} section of a workspace fixture: where its new leads are sent. */
@Component
@RequiredArgsConstructor
class LeadWebhooksFixtureSection implements FixtureSection {

    static final String NAME = "leadWebhooks";

    private final LeadWebhookService service;
    private final ObjectMapper json;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void load(Workspace workspace, JsonNode data) {
        List<LeadWebhookFixture> entries = FixtureJson.entries(json, NAME, data, LeadWebhookFixture.class);
        for (int i = 0; i < entries.size(); i++) {
            try {
                service.add(workspace, entries.get(i));
            } catch (InvalidInputException e) {
                throw LeadInputs.at(NAME + "[" + i + "]", e);
            }
        }
    }

    @Override
    public JsonNode export(Workspace workspace) {
        return json.valueToTree(service.list(workspace).stream()
                .map(w -> new LeadWebhookFixture(w.getUrl(), w.getCreatedAt()))
                .toList());
    }
}
