package dev.teamgate.teamfluence;

import dev.teamgate.domain.lead.Lead;
import dev.teamgate.domain.lead.LeadEngagement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Lead -> {@link EngagedLead} (the API) and {@link LeadWebhookPayload} (outbound webhooks). Event
 * types are the stored kinds with Teamfluence's {@code LINKEDIN_} prefix; history is newest first.
 * Company facts beyond name, domain, website and page come from the lead's company details:
 * {@code employeesMin}, {@code employeesMax}, {@code industries}, {@code specialties},
 * {@code country}, {@code headquarters}, {@code type}, {@code followers}, {@code foundedYear}.
 */
@Component
@RequiredArgsConstructor
class LeadMapper {

    private static final String EVENT_PREFIX = "LINKEDIN_";
    private static final Comparator<LeadEngagement> NEWEST_FIRST = Comparator
            .comparing(LeadEngagement::getOccurredAt).thenComparing(LeadEngagement::getId).reversed();

    private final PostMapper posts;
    private final ObjectMapper json;

    EngagedLead engaged(Lead lead, List<LeadEngagement> history) {
        List<EngagedLead.HistoryEvent> events = newestFirst(history).stream()
                .map(e -> new EngagedLead.HistoryEvent(EVENT_PREFIX + e.getKind(), e.getDescription(),
                        e.getOccurredAt(), postUrl(e)))
                .toList();
        return new EngagedLead(lead.getExternalId(), lead.getFirstName(), lead.getLastName(), lead.getProfileUrl(),
                lead.getContact().getEmail(), lead.getContactEmail(), lead.getContact().getPhone(), lead.getHeadline(),
                lead.getJobTitle(), lead.getPictureUrl(),
                new EngagedLead.Company(lead.getContact().getCompany(), lead.getCompanyWebsite(),
                        lead.getCompanyProfileUrl()),
                lead.getScore(), events.size(), events);
    }

    LeadWebhookPayload webhookPayload(Lead lead, List<LeadEngagement> history) {
        JsonNode details = details(lead);
        LeadWebhookPayload.Company company = new LeadWebhookPayload.Company(lead.getContact().getCompany(),
                lead.getCompanyDomain(), lead.getCompanyWebsite(), lead.getCompanyProfileUrl(),
                integer(details, "employeesMin"), integer(details, "employeesMax"), strings(details, "industries"),
                strings(details, "specialties"), text(details, "country"), text(details, "headquarters"),
                text(details, "type"), integer(details, "followers"), integer(details, "foundedYear"));
        List<LeadWebhookPayload.HistoryEvent> events = newestFirst(history).stream()
                .map(e -> new LeadWebhookPayload.HistoryEvent(e.getExternalId(), EVENT_PREFIX + e.getKind(), postUrl(e),
                        e.getCommentUrl(), e.getDescription(), e.getOccurredAt()))
                .toList();
        return new LeadWebhookPayload(lead.getExternalId(), lead.getStage(), lead.getSource(), lead.getSourceUrl(),
                lead.getFirstName(), lead.getLastName(), lead.getProfileUrl(), lead.getContact().getEmail(),
                lead.getJobTitle(), lead.getHeadline(), lead.getOwner() == null ? null : lead.getOwner().getEmail(),
                lead.getFollowersCount(), lead.getConnectionsCount(), lead.getPictureUrl(), lead.getContact().getPhone(),
                company, events);
    }

    /** The post's URL when the event happened on one of the teamspace's posts, else the stored URL. */
    private String postUrl(LeadEngagement e) {
        return e.getMessage() != null ? posts.postUrl(e.getMessage()) : e.getUrl();
    }

    private static List<LeadEngagement> newestFirst(List<LeadEngagement> history) {
        List<LeadEngagement> sorted = new ArrayList<>(history);
        sorted.sort(NEWEST_FIRST);
        return sorted;
    }

    private JsonNode details(Lead lead) {
        if (lead.getCompanyDetails() == null) {
            return json.createObjectNode();
        }
        try {
            return json.readTree(lead.getCompanyDetails());
        } catch (JacksonException notJson) {
            return json.createObjectNode();
        }
    }

    private static Integer integer(JsonNode details, String name) {
        JsonNode value = details.get(name);
        return value != null && value.canConvertToInt() ? value.asInt() : null;
    }

    private static String text(JsonNode details, String name) {
        JsonNode value = details.get(name);
        return value != null && value.isValueNode() && !value.isNull() ? value.asString() : null;
    }

    private static List<String> strings(JsonNode details, String name) {
        JsonNode value = details.get(name);
        List<String> out = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(item -> {
                if (item.isValueNode() && !item.isNull()) {
                    out.add(item.asString());
                }
            });
        }
        return out;
    }
}
