package dev.teamgate.domain.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.teamgate.domain.ConflictException;
import dev.teamgate.domain.DomainSliceConfiguration;
import dev.teamgate.domain.InvalidInputException;
import dev.teamgate.domain.contact.ContactRepository;
import dev.teamgate.domain.feed.FeedPosts;
import dev.teamgate.domain.fixture.FixtureDocument;
import dev.teamgate.domain.fixture.FixtureExporter;
import dev.teamgate.domain.fixture.FixtureLoader;
import dev.teamgate.domain.message.Message;
import dev.teamgate.domain.workspace.Workspace;
import dev.teamgate.domain.workspace.WorkspaceRepository;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.ObjectMapper;

/** Leads, campaigns and lead webhooks in the domain: storage, queries, fixtures. */
@DataJpaTest
@RecordApplicationEvents
@Import(DomainSliceConfiguration.class)
class LeadDomainTest {

    @Autowired FixtureLoader loader;
    @Autowired FixtureExporter exporter;
    @Autowired ObjectMapper json;
    @Autowired WorkspaceRepository workspaces;
    @Autowired ContactRepository contacts;
    @Autowired LeadService leads;
    @Autowired LeadRepository leadRepository;
    @Autowired LeadWebhookService webhooks;
    @Autowired FeedPosts feed;
    @Autowired ApplicationEvents events;

    Workspace growth;

    @BeforeEach
    void loadTheTeamfluenceSeed() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/seed/teamfluence.json")) {
            loader.load(json.readValue(in, FixtureDocument.class));
        }
        growth = workspaces.findByVendorAndSlug("teamfluence", "growth-team").orElseThrow();
    }

    @Test
    void leadsCampaignsAndWebhooksSurviveExportThenLoadUnchanged() {
        webhooks.replace(growth, List.of("https://hooks.example/leads"));
        String first = json.writeValueAsString(exporter.exportAll());
        loader.load(json.readValue(first, FixtureDocument.class));
        String second = json.writeValueAsString(exporter.exportAll());

        assertThat(second).isEqualTo(first);
        assertThat(first).contains("\"leads\":[{\"id\":\"lead_3f9a1c7e\",\"contact\":\"lead_3f9a1c7e\"")
                .contains("\"campaigns\":[{\"id\":\"cmp_q2_founder_outreach\"")
                .contains("\"leadWebhooks\":[{\"url\":\"https://hooks.example/leads\"");
    }

    @Test
    void anInlinePersonBecomesAContactNamedAfterTheLead() {
        var contact = contacts.findByWorkspaceAndExternalId(growth, "lead_3f9a1c7e").orElseThrow();
        assertThat(contact.getName()).isEqualTo("Anna Krüger");
        assertThat(contact.getEmail()).isEqualTo("anna.krueger@brightwave.example");
        assertThat(contact.getCompany()).isEqualTo("Brightwave Analytics GmbH");
        assertThat(contact.getCreatedAt()).isEqualTo(leadRepository.findByWorkspaceAndExternalId(growth, "lead_3f9a1c7e")
                .orElseThrow().getCreatedAt());
    }

    @Test
    void engagedWithListsTheLeadsOfOnePostBestScoreFirstAndCanKeepOnlyQualifiedOnes() {
        Message first = feed.byThreadKey(growth, "7191234567890123456").orElseThrow();
        assertThat(leads.engagedWith(first, false)).extracting(Lead::getExternalId)
                .containsExactly("lead_3f9a1c7e", "lead_e0a4b6d8", "lead_7b2d4e91");
        assertThat(leads.engagedWith(first, true)).extracting(Lead::getExternalId)
                .containsExactly("lead_3f9a1c7e", "lead_e0a4b6d8");
        Message quiet = feed.byThreadKey(growth, "7195678901234567890").orElseThrow();
        assertThat(leads.engagedWith(quiet, false)).isEmpty();
    }

    @Test
    void historiesComeInTheOrderTheyWereRecordedWithTheirPosts() {
        Lead anna = leadRepository.findByWorkspaceAndExternalId(growth, "lead_3f9a1c7e").orElseThrow();
        List<LeadEngagement> history = leads.histories(List.of(anna)).get(anna.getId());
        assertThat(history).extracting(LeadEngagement::getExternalId).containsExactly("evt_a1", "evt_a2", "evt_a3");
        assertThat(history.get(0).getMessage().getThreadKey()).isEqualTo("7191234567890123456");
        assertThat(history.get(2).getMessage()).isNull();
        assertThat(leads.histories(List.of())).isEmpty();
    }

    @Test
    void addingALeadAnnouncesItAfterItsHistoryIsStored() {
        long before = events.stream(LeadAdded.class).count();
        Lead added = leads.add(growth, lead("lead_new", "feed", 3L));
        assertThat(events.stream(LeadAdded.class).skip(before))
                .containsExactly(new LeadAdded(growth.getId(), added.getId()));
        assertThat(leads.histories(List.of(added)).get(added.getId())).singleElement()
                .satisfies(e -> assertThat(e.getExternalId()).isEqualTo("lead_new-1"));
    }

    @Test
    void badLeadsAreRefusedWithTheFieldAtFault() {
        assertThatThrownBy(() -> leads.add(growth, lead("lead_3f9a1c7e", null, null)))
                .isInstanceOf(ConflictException.class).hasMessage("lead lead_3f9a1c7e already exists");
        assertThatThrownBy(() -> leads.add(growth, lead("x1", "feed", 99L)))
                .isInstanceOf(InvalidInputException.class).hasMessage("history[0].seq refers to unknown 99")
                .extracting("field").isEqualTo("history[0].seq");
        assertThatThrownBy(() -> leads.add(growth, lead("x2", "nowhere", 1L)))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("history[0].room");
        assertThatThrownBy(() -> leads.add(growth, lead(null, null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessage("id is required");
        assertThatThrownBy(() -> leads.add(growth, json.readValue(
                "{\"id\":\"x3\",\"contact\":\"lead_7b2d4e91\",\"email\":\"a@b.example\"}", LeadFixture.class)))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("contact");
        assertThatThrownBy(() -> leads.add(growth, json.readValue(
                "{\"id\":\"x4\",\"firstName\":\"" + "n".repeat(100) + "\"}", LeadFixture.class)))
                .isInstanceOf(InvalidInputException.class).hasMessage("firstName must be at most 99 characters");
        assertThatThrownBy(() -> leads.add(growth, json.readValue(
                "{\"id\":\"x5\",\"company\":{\"details\":[1]}}", LeadFixture.class)))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("company.details");
    }

    @Test
    void aBadLeadInAFixtureNamesItsPathAndLoadsNothing() {
        String bad = """
                {"workspaces":[{"vendor":"teamfluence","slug":"other","name":"Other",
                  "leads":[{"id":"ok"},{"id":"bad","history":[{"kind":"POST_ENGAGEMENT","room":"feed","seq":1}]}]}]}""";
        assertThatThrownBy(() -> loader.load(json.readValue(bad, FixtureDocument.class)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("leads[1].history[0].room refers to unknown feed")
                .extracting("field").isEqualTo("leads[1].history[0].room");
        String notAList = """
                {"workspaces":[{"vendor":"teamfluence","slug":"other","name":"Other","campaigns":{"id":"c"}}]}""";
        assertThatThrownBy(() -> loader.load(json.readValue(notAList, FixtureDocument.class)))
                .isInstanceOf(InvalidInputException.class).hasMessage("campaigns must be an array");
        String wrongType = """
                {"workspaces":[{"vendor":"teamfluence","slug":"other","name":"Other","leads":[{"id":"a","score":"high"}]}]}""";
        assertThatThrownBy(() -> loader.load(json.readValue(wrongType, FixtureDocument.class)))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("leads[0]");
    }

    @Test
    void webhookUrlsMustBeAbsoluteHttpUrls() {
        assertThat(webhooks.replace(growth, List.of("https://a.example/x", "http://b.example", "https://a.example/x")))
                .extracting(LeadWebhook::getUrl).containsExactly("https://a.example/x", "http://b.example");
        assertThatThrownBy(() -> webhooks.replace(growth, List.of("https://ok.example", "ftp://files.example")))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("urls[1]");
        assertThatThrownBy(() -> webhooks.replace(growth, List.of("not a url")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> webhooks.replace(growth, null)).isInstanceOf(InvalidInputException.class);
        assertThat(webhooks.replace(growth, List.of())).isEmpty();
    }

    private LeadFixture lead(String id, String room, Long seq) {
        List<LeadFixture.EngagementFixture> history = room == null ? List.of()
                : List.of(new LeadFixture.EngagementFixture(null, "post_engagement", room, seq, null, null, null, null));
        return new LeadFixture(id, null, "Nia", "New", "nia@new.example", null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, history);
    }
}
