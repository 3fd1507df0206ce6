package dev.teamgate.domain.lead;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** An entry of a workspace's {@code campaigns} fixture section; {@code owner} is an account slug. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CampaignFixture(String id, String name, String status, String owner, Instant startsAt, Instant endsAt,
                              Instant createdAt) {
}
