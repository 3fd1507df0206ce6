package dev.teamgate.flowdock;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.teamgate.domain.oauth.IssuedTokens;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The token endpoint's answer as Flowdock's docs show it: {@code scope} comma-separated
 * ({@code flow,private}), {@code token_type} {@code bearer}, {@code refresh_token} only with the
 * {@code offline_access} scope. Form-encoded by default, JSON when the client accepts JSON.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TokenAnswer(@JsonProperty("access_token") String accessToken,
                   @JsonProperty("refresh_token") String refreshToken,
                   @JsonProperty("expires_in") long expiresIn,
                   @JsonProperty("scope") String scope,
                   @JsonProperty("token_type") String tokenType) {

    static TokenAnswer of(IssuedTokens tokens) {
        return new TokenAnswer(tokens.accessToken(), tokens.refreshToken(), tokens.expiresInSeconds(),
                String.join(",", tokens.scopes()), "bearer");
    }

    /** {@code access_token=…&expires_in=7200&scope=flow%2Cprivate&token_type=bearer}. */
    String formEncoded() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("access_token", accessToken);
        if (refreshToken != null) {
            fields.put("refresh_token", refreshToken);
        }
        fields.put("expires_in", String.valueOf(expiresIn));
        fields.put("scope", scope);
        fields.put("token_type", tokenType);
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
