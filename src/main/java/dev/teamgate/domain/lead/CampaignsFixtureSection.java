package dev.teamgate.domain.lead;

import dev.teamgate.domain.InvalidInputException;
import dev.teamgate.domain.account.AccountRepository;
import dev.teamgate.domain.fixture.FixtureJson;
import dev.teamgate.domain.fixture.FixtureSection;
import dev.teamgate.domain.workspace.Workspace;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The {@code campaigns} section of a workspace fixture. */
@Component
@RequiredArgsConstructor
class CampaignsFixtureSection implements FixtureSection {

    static final String NAME = "campaigns";

    private final CampaignRepository campaigns;
    private final AccountRepository accounts;
    private final ObjectMapper json;
    private final Clock clock;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void load(Workspace workspace, JsonNode data) {
        List<CampaignFixture> entries = FixtureJson.entries(json, NAME, data, CampaignFixture.class);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            CampaignFixture f = entries.get(i);
            String at = NAME + "[" + i + "]";
            String id = LeadInputs.required(f.id(), at + ".id", 100);
            if (!ids.add(id)) {
                throw new InvalidInputException(at + ".id", "duplicate campaign id " + id);
            }
            Campaign c = new Campaign(workspace, id, LeadInputs.required(f.name(), at + ".name", 200),
                    f.createdAt() == null ? clock.instant() : f.createdAt());
            c.setStatus(LeadInputs.optional(f.status(), at + ".status", 32));
            if (f.owner() != null) {
                c.setOwner(accounts.findByWorkspaceAndSlug(workspace, f.owner()).orElseThrow(() ->
                        new InvalidInputException(at + ".owner", at + ".owner refers to unknown " + f.owner())));
            }
            c.setStartsAt(f.startsAt());
            c.setEndsAt(f.endsAt());
            campaigns.save(c);
        }
    }

    @Override
    public JsonNode export(Workspace workspace) {
        return json.valueToTree(campaigns.findByWorkspaceOrderById(workspace).stream()
                .map(c -> new CampaignFixture(c.getExternalId(), c.getName(), c.getStatus(),
                        c.getOwner() == null ? null : c.getOwner().getSlug(), c.getStartsAt(), c.getEndsAt(),
                        c.getCreatedAt()))
                .toList());
    }
}
