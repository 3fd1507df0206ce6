package dev.teamgate.domain.lead;

import dev.teamgate.domain.ConflictException;
import dev.teamgate.domain.InvalidInputException;
import dev.teamgate.domain.fixture.FixtureJson;
import dev.teamgate.domain.fixture.FixtureSection;
import dev.teamgate.domain.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The {@code leads} section of a workspace fixture. Sections load in name order, so
 * {@code campaigns} and {@code leadWebhooks} exist before the leads that refer to them (or are
 * announced to them).
 */
@Component
@RequiredArgsConstructor
class LeadsFixtureSection implements FixtureSection {

    static final String NAME = "leads";

    private final LeadService service;
    private final LeadRepository leads;
    private final ObjectMapper json;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void load(Workspace workspace, JsonNode data) {
        List<LeadFixture> entries = FixtureJson.entries(json, NAME, data, LeadFixture.class);
        for (int i = 0; i < entries.size(); i++) {
            String path = NAME + "[" + i + "]";
            try {
                service.add(workspace, entries.get(i));
            } catch (InvalidInputException e) {
                throw LeadInputs.at(path, e);
            } catch (ConflictException e) {
                throw new InvalidInputException(path + ".id", path + ".id: " + e.getMessage());
            }
        }
    }

    @Override
    public JsonNode export(Workspace workspace) {
        List<Lead> all = leads.findByWorkspaceOrderById(workspace);
        Map<Long, List<LeadEngagement>> histories = service.histories(all);
        List<LeadFixture> out = new ArrayList<>();
        for (Lead lead : all) {
            out.add(fixture(lead, histories.get(lead.getId())));
        }
        return json.valueToTree(out);
    }

    private LeadFixture fixture(Lead l, List<LeadEngagement> history) {
        LeadFixture.CompanyFixture company = l.getCompanyDomain() == null && l.getCompanyWebsite() == null
                && l.getCompanyProfileUrl() == null && l.getCompanyDetails() == null ? null
                : new LeadFixture.CompanyFixture(null, l.getCompanyDomain(), l.getCompanyWebsite(),
                        l.getCompanyProfileUrl(), l.getCompanyDetails() == null ? null : json.readTree(l.getCompanyDetails()));
        return new LeadFixture(l.getExternalId(), l.getContact().getExternalId(), l.getFirstName(), l.getLastName(),
                null, null, l.getContactEmail(), l.getHeadline(), l.getJobTitle(), l.getPictureUrl(), l.getProfileUrl(),
                l.getFollowersCount(), l.getConnectionsCount(), l.getStage(), l.getSource(), l.getSourceUrl(),
                l.isQualified() ? Boolean.TRUE : null, l.getScore(),
                l.getOwner() == null ? null : l.getOwner().getSlug(),
                l.getCampaign() == null ? null : l.getCampaign().getExternalId(),
                company, l.getCreatedAt(), history.stream().map(LeadsFixtureSection::engagement).toList());
    }

    private static LeadFixture.EngagementFixture engagement(LeadEngagement e) {
        return new LeadFixture.EngagementFixture(e.getExternalId(), e.getKind(),
                e.getMessage() == null ? null : e.getMessage().getRoom().getSlug(),
                e.getMessage() == null ? null : e.getMessage().getSeq(),
                e.getUrl(), e.getCommentUrl(), e.getDescription(), e.getOccurredAt());
    }
}
