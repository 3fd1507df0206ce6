package dev.teamgate.commflow;

import java.time.Instant;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** A CommFlow contact. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record ContactResource(String id, String name, String email, String phone, String company, Instant createdAt,
                       Instant updatedAt) {
}
