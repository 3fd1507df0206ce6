package dev.teamgate.flowdock;

import dev.teamgate.domain.message.Message;
import dev.teamgate.domain.message.MessagePosted;
import dev.teamgate.domain.message.MessageQueryService;
import dev.teamgate.domain.message.MessageRepository;
import dev.teamgate.domain.room.Room;
import dev.teamgate.domain.room.RoomKinds;
import dev.teamgate.domain.room.RoomMemberRepository;
import dev.teamgate.platform.reset.ResetListener;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * The open streams, and the delivery of every stored message to the streams that follow its room.
 * Messages are picked up once their transaction has committed and written by one delivery thread,
 * so each stream sees them in commit order without a poster waiting on a slow client. A reset
 * closes every stream.
 */
@Component
class StreamHub implements ResetListener, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(StreamHub.class);
    private static final int REPLAY_LIMIT = 1000;

    private final Set<StreamSubscription> subscriptions = ConcurrentHashMap.newKeySet();
    private final MessageRepository messages;
    private final MessageQueryService queries;
    private final RoomMemberRepository members;
    private final MessageMapper mapper;
    private final ObjectMapper json;
    private final TransactionTemplate readOnly;
    private final ExecutorService delivery;
    private final ScheduledExecutorService keepAlive;

    StreamHub(MessageRepository messages, MessageQueryService queries, RoomMemberRepository members,
              MessageMapper mapper, ObjectMapper json, PlatformTransactionManager transactions,
              FlowdockProperties properties) {
        this.messages = messages;
        this.queries = queries;
        this.members = members;
        this.mapper = mapper;
        this.json = json;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.delivery = Executors.newSingleThreadExecutor(daemon("flowdock-stream-delivery"));
        this.keepAlive = Executors.newSingleThreadScheduledExecutor(daemon("flowdock-stream-keepalive"));
        long every = Math.max(1, properties.streamKeepAlive().toMillis());
        keepAlive.scheduleWithFixedDelay(this::sendKeepAlives, every, every, TimeUnit.MILLISECONDS);
    }

    /** Registers a stream; with {@code lastEventId}, first replays what it missed since that event. */
    void open(StreamSubscription subscription, Long lastEventId) {
        subscription.emitter().onCompletion(() -> forget(subscription));
        subscription.emitter().onTimeout(() -> forget(subscription));
        subscription.emitter().onError(error -> forget(subscription));
        if (lastEventId != null) {
            // Before registering: a live delivery between now and the replay is then remembered,
            // and the replay does not send that message a second time.
            subscription.startReplay();
        }
        subscriptions.add(subscription);
        if (lastEventId != null) {
            delivery.execute(() -> replay(subscription, lastEventId));
        }
    }

    /**
     * An {@code activity.user} event (not stored, so no id) to every stream following one of the
     * user's flows: {@code {"event":"activity.user","content":{"last_activity":ms},"user":"2","flow":…}}.
     */
    void userActive(String userId, Map<Long, String> flows, long lastActivity) {
        if (subscriptions.isEmpty() || flows.isEmpty()) {
            return;
        }
        delivery.execute(() -> {
            for (Map.Entry<Long, String> flow : flows.entrySet()) {
                Map<String, Object> event = new LinkedHashMap<>();
                event.put("event", "activity.user");
                event.put("content", Map.of("last_activity", lastActivity));
                event.put("user", userId);
                event.put("flow", flow.getValue());
                event.put("sent", lastActivity);
                event.put("tags", List.of());
                event.put("persist", false);
                String text = json.writeValueAsString(event);
                for (StreamSubscription s : subscriptions) {
                    if (!s.isClosed() && s.follows(flow.getKey()) && !s.sendEvent(text)) {
                        forget(s);
                    }
                }
            }
        });
    }

    int openStreams() {
        return subscriptions.size();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onMessagePosted(MessagePosted event) {
        if (!subscriptions.isEmpty()) {
            delivery.execute(() -> deliver(event));
        }
    }

    private void deliver(MessagePosted event) {
        try {
            readOnly.executeWithoutResult(status -> messages.findById(event.messageId()).ifPresent(this::deliver));
        } catch (RuntimeException e) {
            log.warn("Could not stream message {}", event.messageId(), e);
        }
    }

    private void deliver(Message message) {
        Room room = message.getRoom();
        List<StreamSubscription> targets = subscriptions.stream().filter(s -> wants(s, room)).toList();
        if (targets.isEmpty()) {
            return;
        }
        String text = json.writeValueAsString(mapper.message(message));
        for (StreamSubscription target : targets) {
            if (!target.send(message.getId(), text)) {
                forget(target);
            }
        }
    }

    private boolean wants(StreamSubscription s, Room room) {
        if (s.isClosed()) {
            return false;
        }
        if (s.follows(room.getId())) {
            return true;
        }
        return s.privateUserId() != null && RoomKinds.PRIVATE.equals(room.getKind())
                && members.findByRoom(room).stream()
                .anyMatch(m -> m.getAccount().getExternalId().equals(s.privateUserId()));
    }

    private void replay(StreamSubscription subscription, long lastEventId) {
        try {
            readOnly.executeWithoutResult(status -> {
                for (Message m : queries.after(subscription.roomIds(), lastEventId, REPLAY_LIMIT)) {
                    subscription.sendReplayed(m.getId(), json.writeValueAsString(mapper.message(m)));
                }
            });
        } catch (RuntimeException e) {
            log.warn("Could not replay a stream", e);
        } finally {
            subscription.endReplay();
        }
    }

    private void sendKeepAlives() {
        for (StreamSubscription s : subscriptions) {
            if (!s.keepAlive()) {
                forget(s);
            }
        }
    }

    private void forget(StreamSubscription subscription) {
        subscription.markClosed();
        subscriptions.remove(subscription);
    }

    /** A reset ends every open stream: what they followed may no longer exist. */
    @Override
    public void afterReset() {
        for (StreamSubscription s : List.copyOf(subscriptions)) {
            s.close();
            subscriptions.remove(s);
        }
    }

    @Override
    public void destroy() {
        afterReset();
        keepAlive.shutdownNow();
        delivery.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
