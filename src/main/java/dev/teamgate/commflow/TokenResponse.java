package dev.teamgate.commflow;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** The token endpoint's answer (RFC 6749 section 5.1). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken, String scope) {
}
