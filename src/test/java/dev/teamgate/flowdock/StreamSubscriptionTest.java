package dev.teamgate.flowdock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;

/** A reconnecting stream gets every message it missed exactly once, whichever path reaches it first. */
class StreamSubscriptionTest {

    /** Records what would go on the wire. */
    static final class RecordingEmitter extends ResponseBodyEmitter {
        final List<Object> written = new ArrayList<>();

        @Override
        public synchronized void send(Object object, MediaType mediaType) {
            written.add(object);
        }
    }

    @Test
    void aMessageDeliveredLiveDuringTheReplayIsNotReplayedAgain() {
        RecordingEmitter emitter = new RecordingEmitter();
        StreamSubscription stream = new StreamSubscription(emitter, false, Set.of(1L), null);
        stream.startReplay();
        // registration, then the live delivery of message 7 runs before the replay's query picks it up too
        assertThat(stream.send(7, "{\"id\":7}")).isTrue();
        assertThat(stream.sendReplayed(6, "{\"id\":6}")).isTrue();
        assertThat(stream.sendReplayed(7, "{\"id\":7}")).isTrue();
        stream.endReplay();
        assertThat(stream.send(8, "{\"id\":8}")).isTrue();
        assertThat(emitter.written).containsExactly("{\"id\":7}\r\n", "{\"id\":6}\r\n", "{\"id\":8}\r\n");
    }

    @Test
    void aMessageReplayedBeforeItsLiveDeliveryIsNotDeliveredAgain() {
        RecordingEmitter emitter = new RecordingEmitter();
        StreamSubscription stream = new StreamSubscription(emitter, false, Set.of(1L), null);
        stream.startReplay();
        stream.sendReplayed(7, "{\"id\":7}");
        stream.endReplay();
        stream.send(7, "{\"id\":7}");
        stream.send(8, "{\"id\":8}");
        assertThat(emitter.written).containsExactly("{\"id\":7}\r\n", "{\"id\":8}\r\n");
    }
}
