package dev.teamgate.domain.lead;

import dev.teamgate.domain.ConflictException;
import dev.teamgate.domain.InvalidInputException;
import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.account.AccountRepository;
import dev.teamgate.domain.contact.Contact;
import dev.teamgate.domain.contact.ContactRepository;
import dev.teamgate.domain.message.Message;
import dev.teamgate.domain.message.MessageRepository;
import dev.teamgate.domain.room.Room;
import dev.teamgate.domain.room.RoomRepository;
import dev.teamgate.domain.workspace.Workspace;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds leads with their history and answers who engaged with what. Every added lead is announced
 * with a {@link LeadAdded} event once its history is stored.
 */
@Service
@RequiredArgsConstructor
public class LeadService {

    private final LeadRepository leads;
    private final LeadEngagementRepository engagements;
    private final CampaignRepository campaigns;
    private final ContactRepository contacts;
    private final AccountRepository accounts;
    private final RoomRepository rooms;
    private final MessageRepository messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /**
     * Stores a lead and its history. Input errors name the field relative to the lead
     * ({@code history[0].seq}); a lead id that is already taken is a conflict.
     */
    @Transactional
    public Lead add(Workspace workspace, LeadFixture f) {
        String id = LeadInputs.required(f.id(), "id", 100);
        if (leads.findByWorkspaceAndExternalId(workspace, id).isPresent()) {
            throw new ConflictException("lead " + id + " already exists");
        }
        Instant now = clock.instant();
        Instant createdAt = f.createdAt() == null ? now : f.createdAt();
        Lead lead = new Lead(workspace, contactFor(workspace, f, createdAt), id, createdAt);
        lead.setFirstName(LeadInputs.optional(f.firstName(), "firstName", 99));
        lead.setLastName(LeadInputs.optional(f.lastName(), "lastName", 99));
        lead.setContactEmail(LeadInputs.optional(f.contactEmail(), "contactEmail", 320));
        lead.setHeadline(LeadInputs.optional(f.headline(), "headline", 1000));
        lead.setJobTitle(LeadInputs.optional(f.jobTitle(), "jobTitle", 200));
        lead.setPictureUrl(LeadInputs.optional(f.pictureUrl(), "pictureUrl", 2000));
        lead.setProfileUrl(LeadInputs.optional(f.profileUrl(), "profileUrl", 2000));
        lead.setFollowersCount(LeadInputs.notNegative(f.followersCount(), "followersCount"));
        lead.setConnectionsCount(LeadInputs.notNegative(f.connectionsCount(), "connectionsCount"));
        lead.setStage(LeadInputs.optional(f.stage(), "stage", 50));
        lead.setSource(LeadInputs.optional(f.source(), "source", 50));
        lead.setSourceUrl(LeadInputs.optional(f.sourceUrl(), "sourceUrl", 2000));
        lead.setQualified(Boolean.TRUE.equals(f.qualified()));
        lead.setScore(f.score() == null ? 0 : LeadInputs.notNegative(f.score(), "score"));
        lead.setOwner(f.owner() == null ? null : account(workspace, f.owner()));
        lead.setCampaign(f.campaign() == null ? null : campaign(workspace, f.campaign()));
        if (f.company() != null) {
            lead.setCompanyDomain(LeadInputs.optional(f.company().domain(), "company.domain", 255));
            lead.setCompanyWebsite(LeadInputs.optional(f.company().website(), "company.website", 2000));
            lead.setCompanyProfileUrl(LeadInputs.optional(f.company().profileUrl(), "company.profileUrl", 2000));
            lead.setCompanyDetails(companyDetails(f.company()));
        }
        leads.save(lead);
        for (int i = 0; i < f.history().size(); i++) {
            engagements.save(engagement(workspace, lead, f.history().get(i), i, now));
        }
        events.publishEvent(new LeadAdded(workspace.getId(), lead.getId()));
        return lead;
    }

    /** The leads that engaged with {@code post}, highest score first. */
    @Transactional(readOnly = true)
    public List<Lead> engagedWith(Message post, boolean qualifiedOnly) {
        return leads.findEngagedWith(post, qualifiedOnly);
    }

    /** The history of each lead, keyed by lead id, each in the order it was recorded. */
    @Transactional(readOnly = true)
    public Map<Long, List<LeadEngagement>> histories(Collection<Lead> of) {
        Map<Long, List<LeadEngagement>> byLead = new LinkedHashMap<>();
        of.forEach(lead -> byLead.put(lead.getId(), new ArrayList<>()));
        if (!of.isEmpty()) {
            engagements.findByLeadIn(of).forEach(e -> byLead.get(e.getLead().getId()).add(e));
        }
        return byLead;
    }

    /** The lead's contact: the one named, or a new one (created with the lead) from the inline fields. */
    private Contact contactFor(Workspace workspace, LeadFixture f, Instant createdAt) {
        String companyName = f.company() == null ? null : f.company().name();
        if (f.contact() != null) {
            if (f.email() != null || f.phone() != null || companyName != null) {
                throw new InvalidInputException("contact",
                        "give either contact or the person's email, phone and company.name, not both");
            }
            return contacts.findByWorkspaceAndExternalId(workspace, f.contact())
                    .orElseThrow(() -> new InvalidInputException("contact", "contact refers to unknown " + f.contact()));
        }
        if (contacts.findByWorkspaceAndExternalId(workspace, f.id()).isPresent()) {
            throw new InvalidInputException("contact",
                    "a contact with id " + f.id() + " already exists: refer to it with contact");
        }
        Contact contact = new Contact(workspace, f.id(), createdAt);
        String name = String.join(" ", Stream.of(f.firstName(), f.lastName())
                .filter(s -> s != null && !s.isBlank()).toList());
        // first and last name are at most 99 characters each, so the joined name fits the contact
        contact.setName(name.isEmpty() ? null : name);
        contact.setEmail(LeadInputs.optional(f.email(), "email", 320));
        contact.setPhone(LeadInputs.optional(f.phone(), "phone", 50));
        contact.setCompany(LeadInputs.optional(companyName, "company.name", 200));
        return contacts.save(contact);
    }

    private static String companyDetails(LeadFixture.CompanyFixture company) {
        if (company.details() == null || company.details().isNull()) {
            return null;
        }
        if (!company.details().isObject()) {
            throw new InvalidInputException("company.details", "company.details must be a JSON object");
        }
        return company.details().toString();
    }

    private LeadEngagement engagement(Workspace workspace, Lead lead, LeadFixture.EngagementFixture f, int index,
                                      Instant now) {
        String at = "history[" + index + "]";
        String id = f.id() == null ? lead.getExternalId() + "-" + (index + 1) : LeadInputs.optional(f.id(), at + ".id", 100);
        String kind = LeadInputs.required(f.kind(), at + ".kind", 50).toUpperCase(Locale.ROOT);
        LeadEngagement e = new LeadEngagement(lead, id, kind, f.occurredAt() == null ? now : f.occurredAt());
        if (f.room() != null || f.seq() != null) {
            if (f.room() == null || f.seq() == null) {
                throw new InvalidInputException(at + ".room", at + ": room and seq name a post together");
            }
            Room room = rooms.findByWorkspaceAndSlug(workspace, f.room())
                    .orElseThrow(() -> new InvalidInputException(at + ".room", at + ".room refers to unknown " + f.room()));
            e.setMessage(messages.findByRoomAndSeq(room, f.seq())
                    .orElseThrow(() -> new InvalidInputException(at + ".seq", at + ".seq refers to unknown " + f.seq())));
        }
        e.setUrl(LeadInputs.optional(f.url(), at + ".url", 2000));
        e.setCommentUrl(LeadInputs.optional(f.commentUrl(), at + ".commentUrl", 2000));
        e.setDescription(LeadInputs.optional(f.description(), at + ".description", 4000));
        return e;
    }

    private Account account(Workspace workspace, String slug) {
        return accounts.findByWorkspaceAndSlug(workspace, slug)
                .orElseThrow(() -> new InvalidInputException("owner", "owner refers to unknown " + slug));
    }

    private Campaign campaign(Workspace workspace, String id) {
        return campaigns.findByWorkspaceAndExternalId(workspace, id)
                .orElseThrow(() -> new InvalidInputException("campaign", "campaign refers to unknown " + id));
    }
}
