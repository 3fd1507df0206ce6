package dev.teamgate.domain.lead;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A lead as JSON: an entry of a workspace's {@code leads} fixture section, and the body of a
 * control-plane request that adds one.
 *
 * <p>The person is either an existing contact ({@code contact}: its external id) or described
 * inline ({@code email}, {@code phone}, {@code company.name}), in which case a contact with the
 * lead's id is created. {@code owner} is an account slug, {@code campaign} a campaign id. Each
 * {@code history} entry that happened on a post names it by {@code room} slug and {@code seq}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record LeadFixture(
        String id,
        String contact,
        String firstName,
        String lastName,
        String email,
        String phone,
        String contactEmail,
        String headline,
        String jobTitle,
        String pictureUrl,
        String profileUrl,
        Integer followersCount,
        Integer connectionsCount,
        String stage,
        String source,
        String sourceUrl,
        Boolean qualified,
        Integer score,
        String owner,
        String campaign,
        CompanyFixture company,
        Instant createdAt,
        List<EngagementFixture> history) {

    public LeadFixture {
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** {@code name} only for an inline person; {@code details} is any JSON object. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record CompanyFixture(String name, String domain, String website, String profileUrl, JsonNode details) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record EngagementFixture(String id, String kind, String room, Long seq, String url, String commentUrl,
                                    String description, Instant occurredAt) {
    }
}
