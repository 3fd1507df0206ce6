package dev.teamgate.flowdock;

import dev.teamgate.domain.integration.IntegrationSource;
import dev.teamgate.domain.thread.MessageThread;
import dev.teamgate.domain.thread.MessageThreadRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/** Threads as Flowdock JSON, with their message counts. */
@Component
@RequiredArgsConstructor
class ThreadMapper {

    private final MessageThreadRepository threads;
    private final ObjectMapper json;

    FlowdockWire.Thread thread(MessageThread t) {
        Map<String, String> status = null;
        if (t.getStatusColor() != null || t.getStatusValue() != null) {
            status = new LinkedHashMap<>();
            status.put("color", t.getStatusColor());
            status.put("value", t.getStatusValue());
        }
        long internal = count(t, "message") + count(t, "comment") + count(t, "file");
        return new FlowdockWire.Thread(t.getThreadKey(), t.getTitle(), t.getBody(), t.getExternalUrl(), status,
                jsonArray(t.getActions()), jsonArray(t.getFields()), source(t.getSource()), count(t, "activity"),
                internal, count(t, "discussion"), FlowdockLinks.timestamp(t.getUpdatedAt()),
                FlowdockLinks.timestamp(t.getCreatedAt()));
    }

    private long count(MessageThread t, String event) {
        return threads.countMessages(t.getRoom(), t.getThreadKey(), event);
    }

    private Object jsonArray(String text) {
        return text == null ? List.of() : json.readTree(text);
    }

    static Map<String, Object> source(IntegrationSource source) {
        if (source == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", source.getApplicationRef() == null ? source.getId() : FlowdockLinks.id(source.getApplicationRef()));
        out.put("icon", source.getApplicationIcon());
        out.put("application", source.getApplicationName() == null ? source.getName() : source.getApplicationName());
        return out;
    }
}
