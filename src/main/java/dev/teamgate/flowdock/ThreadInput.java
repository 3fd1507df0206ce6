package dev.teamgate.flowdock;

import dev.teamgate.domain.thread.ThreadState;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The {@code thread} object of a post (threads.md): {@code title}, {@code body},
 * {@code external_url}, {@code status {value, color}}, {@code actions} and {@code fields}, each
 * checked, with errors naming the field ({@code thread.status.color}).
 */
@Component
@RequiredArgsConstructor
class ThreadInput {

    private static final Set<String> COLORS = Set.of("red", "green", "yellow", "cyan", "orange", "grey", "black",
            "lime", "purple", "blue");

    private final ObjectMapper json;

    /** The thread state the post carries, or null when it has no {@code thread}. */
    ThreadState read(FlowdockParams params) {
        JsonNode thread = params.node("thread");
        if (thread == null) {
            return null;
        }
        if (!thread.isObject()) {
            throw FlowdockErrors.invalid("thread", "is invalid");
        }
        String title = threadText(thread, "title", MessagePosting.MAX_TITLE);
        String body = threadText(thread, "body", MessagePosting.MAX_BODY);
        String externalUrl = threadText(thread, "external_url", MessagePosting.MAX_URL);
        String statusValue = null;
        String statusColor = null;
        JsonNode status = thread.get("status");
        if (status != null && !status.isNull()) {
            if (!status.isObject()) {
                throw FlowdockErrors.invalid("thread.status", "is invalid");
            }
            statusValue = threadText(status, "value", 200);
            statusColor = threadText(status, "color", 32);
            if (statusColor != null && !COLORS.contains(statusColor)) {
                throw FlowdockErrors.invalid("thread.status.color", "is not included in the list");
            }
        }
        String actions = jsonList(thread, "actions");
        String fields = jsonList(thread, "fields");
        if (fields != null) {
            for (JsonNode field : json.readTree(fields)) {
                if (!field.isObject() || field.get("label") == null || field.get("value") == null) {
                    throw FlowdockErrors.invalid("thread.fields", "must be a list of {label, value}");
                }
            }
        }
        return new ThreadState(title, body, externalUrl, statusValue, statusColor, actions, fields);
    }

    private static String threadText(JsonNode node, String field, int max) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw FlowdockErrors.invalid("thread." + field, "is invalid");
        }
        String text = value.asString();
        if (text.length() > max) {
            throw FlowdockErrors.invalid("thread." + field, "is too long (maximum is " + max + " characters)");
        }
        return text;
    }

    private static String jsonList(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            throw FlowdockErrors.invalid("thread." + field, "is invalid");
        }
        String text = value.toString();
        if (text.length() > MessagePosting.MAX_BODY) {
            throw FlowdockErrors.invalid("thread." + field, "is too long");
        }
        return text;
    }
}
