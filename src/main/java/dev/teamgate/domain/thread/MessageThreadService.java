package dev.teamgate.domain.thread;

import dev.teamgate.domain.credential.SecretHasher;
import dev.teamgate.domain.integration.IntegrationSource;
import dev.teamgate.domain.room.Room;
import java.time.Clock;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds, opens and updates threads. A post that names a thread brings its state up to date. */
@Service
@RequiredArgsConstructor
public class MessageThreadService {

    private static final int KEY_LENGTH = 27;

    private final MessageThreadRepository threads;
    private final Clock clock;

    @Transactional(readOnly = true)
    public Optional<MessageThread> find(Room room, String threadKey) {
        return threads.findByRoomAndThreadKey(room, threadKey);
    }

    /** The thread a source (or, with no source, the room's own users) knows under {@code externalKey}. */
    @Transactional(readOnly = true)
    public Optional<MessageThread> findExternal(Room room, IntegrationSource source, String externalKey) {
        return source == null
                ? threads.findFirstByRoomAndSourceIsNullAndExternalKey(room, externalKey)
                : threads.findFirstByRoomAndSourceAndExternalKey(room, source, externalKey);
    }

    /** Opens a new thread with a fresh key; {@code state.title()} is required. */
    @Transactional
    public MessageThread open(Room room, IntegrationSource source, String externalKey, ThreadState state) {
        MessageThread thread = new MessageThread(room, SecretHasher.randomSecret(KEY_LENGTH), state.title(),
                clock.instant());
        thread.setSource(source);
        thread.setExternalKey(externalKey);
        apply(thread, state);
        return threads.save(thread);
    }

    /** Applies the non-null parts of {@code state} and marks the thread as updated now. */
    @Transactional
    public MessageThread update(MessageThread thread, ThreadState state) {
        if (state != null) {
            apply(thread, state);
        }
        thread.setUpdatedAt(clock.instant());
        return threads.save(thread);
    }

    private static void apply(MessageThread thread, ThreadState state) {
        if (state.title() != null) {
            thread.setTitle(state.title());
        }
        if (state.body() != null) {
            thread.setBody(state.body());
        }
        if (state.externalUrl() != null) {
            thread.setExternalUrl(state.externalUrl());
        }
        if (state.statusValue() != null) {
            thread.setStatusValue(state.statusValue());
        }
        if (state.statusColor() != null) {
            thread.setStatusColor(state.statusColor());
        }
        if (state.actions() != null) {
            thread.setActions(state.actions());
        }
        if (state.fields() != null) {
            thread.setFields(state.fields());
        }
    }
}
