package dev.teamgate.teamfluence;

import dev.teamgate.domain.message.Message;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Feed message -> {@link Post}. A post is a message of the teamspace's feed room: its
 * {@code uuid} is the post id, its {@code threadKey} the LinkedIn activity id, and its JSON
 * {@code payload} may hold {@code url} and the counters {@code likes}, {@code comments},
 * {@code impressions} and {@code shares}.
 */
@Component
@RequiredArgsConstructor
class PostMapper {

    private static final String ACTIVITY_URN = "urn:li:activity:";
    private static final String POST_URL = "https://www.linkedin.com/feed/update/";

    private final ObjectMapper json;

    Post post(Message m) {
        JsonNode payload = payload(m);
        return new Post(m.getUuid() != null ? m.getUuid() : String.valueOf(m.getSeq()),
                m.getThreadKey() == null ? null : ACTIVITY_URN + m.getThreadKey(),
                postUrl(m, payload), m.getContent(), author(m), m.getCreatedAt(),
                counter(payload, "likes"), counter(payload, "comments"), counter(payload, "impressions"),
                counter(payload, "shares"));
    }

    /** The post's public URL: the stored one, else the LinkedIn address of its activity. */
    String postUrl(Message m) {
        return postUrl(m, payload(m));
    }

    private static String postUrl(Message m, JsonNode payload) {
        JsonNode url = payload.get("url");
        if (url != null && url.isString() && !url.asString().isBlank()) {
            return url.asString();
        }
        return m.getThreadKey() == null ? null : POST_URL + ACTIVITY_URN + m.getThreadKey() + "/";
    }

    private static String author(Message m) {
        return m.getAuthor() != null ? m.getAuthor().getName() : m.getAuthorName();
    }

    private static long counter(JsonNode payload, String name) {
        JsonNode value = payload.get(name);
        return value != null && value.canConvertToLong() ? Math.max(0, value.asLong()) : 0;
    }

    /** The payload as a JSON object; anything else (none, not JSON, not an object) counts as empty. */
    private JsonNode payload(Message m) {
        if (m.getPayload() == null) {
            return json.createObjectNode();
        }
        try {
            JsonNode node = json.readTree(m.getPayload());
            return node != null && node.isObject() ? node : json.createObjectNode();
        } catch (JacksonException notJson) {
            return json.createObjectNode();
        }
    }
}
