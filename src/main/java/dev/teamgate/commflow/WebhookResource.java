package dev.teamgate.commflow;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** A webhook subscription; the signing {@code secret} is shown only in the response that created it. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record WebhookResource(String id, String url, List<String> events, String description, boolean active,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String secret, Instant createdAt, Instant updatedAt) {
}
