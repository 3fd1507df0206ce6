package dev.teamgate.testing;

import java.util.List;
import java.util.Map;

/**
 * One credential of a workspace, in plain text: an API key, token, webhook id or shared secret,
 * with whatever the vendor adds to it (Teamfluence's {@code profileId} and {@code postsUrl},
 * talk-to-me's {@code companyId} and {@code todayKey}). Kept as the server's JSON properties so
 * new ones are readable with {@link #get(String)} without a client update.
 */
public record Credential(Map<String, Object> properties) {

    public Credential {
        properties = Map.copyOf(properties.entrySet().stream().filter(e -> e.getValue() != null)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    /** {@code API_KEY}, {@code OAUTH_ACCESS_TOKEN}, {@code ROOM_TOKEN}, {@code WEBHOOK_URL}, {@code SHARED_SECRET}, {@code PASSWORD}. */
    public String kind() {
        return get("kind");
    }

    /** The plain secret: the key, token, webhook id, shared secret or password. */
    public String secret() {
        return get("secret");
    }

    public String label() {
        return get("label");
    }

    /** The account (slug) the credential belongs to, if any. */
    public String account() {
        return get("account");
    }

    /** The room (slug) the credential is bound to, if any. */
    public String room() {
        return get("room");
    }

    /** What a room-bound credential is for: Stackfield's {@code chat}, Flowdock's {@code source}/{@code push}… */
    public String binding() {
        return get("binding");
    }

    @SuppressWarnings("unchecked")
    public List<String> scopes() {
        Object scopes = properties.get("scopes");
        return scopes instanceof List<?> list ? (List<String>) list : List.of();
    }

    /** Any property as text (e.g. {@code profileId}, {@code todayKey}, {@code companyId}); null when absent. */
    public String get(String property) {
        Object value = properties.get(property);
        return value == null ? null : String.valueOf(value);
    }
}
