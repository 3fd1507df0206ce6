package dev.teamgate.flowdock;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One open stream: the flows it follows, whether it follows the user's private conversations, and
 * how it writes. A JSON stream writes each message followed by {@code \r\n} and a bare {@code \n}
 * as keep-alive (clients skip blank lines); an event stream writes Server-Sent Events whose id is
 * the message's position in the stream (usable as {@code Last-Event-ID}).
 */
final class StreamSubscription {

    private static final MediaType JSON_UTF8 = new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8);

    private final ResponseBodyEmitter emitter;
    private final boolean eventStream;
    private final Set<Long> roomIds;
    private final String privateUserId;
    private final Set<Long> replayed = ConcurrentHashMap.newKeySet();
    /** Live deliveries made while a replay was pending, which the replay must not send again. */
    private final Set<Long> sentDuringReplay = ConcurrentHashMap.newKeySet();
    private volatile boolean replaying;
    private volatile boolean closed;

    StreamSubscription(ResponseBodyEmitter emitter, boolean eventStream, Set<Long> roomIds, String privateUserId) {
        this.emitter = emitter;
        this.eventStream = eventStream;
        this.roomIds = Set.copyOf(roomIds);
        this.privateUserId = privateUserId;
    }

    ResponseBodyEmitter emitter() {
        return emitter;
    }

    boolean follows(Long roomId) {
        return roomIds.contains(roomId);
    }

    Set<Long> roomIds() {
        return roomIds;
    }

    /** The user whose private conversations this stream follows, or null. */
    String privateUserId() {
        return privateUserId;
    }

    boolean isClosed() {
        return closed;
    }

    /** Called before the stream is registered when it will replay what it missed. */
    void startReplay() {
        replaying = true;
    }

    /**
     * Writes a message the client missed, unless a live delivery already sent it (a message that
     * committed between registration and the replay's query reaches both).
     */
    synchronized boolean sendReplayed(long messageId, String json) {
        if (sentDuringReplay.contains(messageId)) {
            return !closed;
        }
        replayed.add(messageId);
        return write(messageId, json);
    }

    synchronized void endReplay() {
        replaying = false;
        sentDuringReplay.clear();
    }

    /** Writes one live message; false when the client has gone. A message already replayed is skipped. */
    synchronized boolean send(long messageId, String json) {
        if (closed || replayed.remove(messageId)) {
            return !closed;
        }
        if (replaying) {
            sentDuringReplay.add(messageId);
        }
        return write(messageId, json);
    }

    /** Writes an event that is not a stored message (no id to resume from); false when the client has gone. */
    synchronized boolean sendEvent(String json) {
        if (closed) {
            return false;
        }
        try {
            if (eventStream) {
                ((SseEmitter) emitter).send(SseEmitter.event().data(json));
            } else {
                emitter.send(json + "\r\n", JSON_UTF8);
            }
            return true;
        } catch (IOException | IllegalStateException gone) {
            close();
            return false;
        }
    }

    private boolean write(long messageId, String json) {
        if (closed) {
            return false;
        }
        try {
            if (eventStream) {
                ((SseEmitter) emitter).send(SseEmitter.event().id(String.valueOf(messageId)).data(json));
            } else {
                emitter.send(json + "\r\n", JSON_UTF8);
            }
            return true;
        } catch (IOException | IllegalStateException gone) {
            close();
            return false;
        }
    }

    /** A keep-alive so idle proxies and NAT firewalls keep the connection; false when the client has gone. */
    synchronized boolean keepAlive() {
        if (closed) {
            return false;
        }
        try {
            if (eventStream) {
                ((SseEmitter) emitter).send(SseEmitter.event().comment(""));
            } else {
                emitter.send("\n", JSON_UTF8);
            }
            return true;
        } catch (IOException | IllegalStateException gone) {
            close();
            return false;
        }
    }

    synchronized void close() {
        if (!closed) {
            closed = true;
            try {
                emitter.complete();
            } catch (IllegalStateException alreadyDone) {
                // the container finished the response first
            }
        }
    }

    void markClosed() {
        closed = true;
    }
}
