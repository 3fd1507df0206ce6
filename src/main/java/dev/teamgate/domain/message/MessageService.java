package dev.teamgate.domain.message;

import dev.teamgate.domain.NotFoundException;
import dev.teamgate.domain.room.Room;
import dev.teamgate.domain.room.RoomRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Posts and pages messages. Sequence numbers are handed out under the lock of the room's {@link RoomSequence}. */
@Service
@RequiredArgsConstructor
public class MessageService {

    private final MessageRepository messages;
    private final RoomRepository rooms;
    private final RoomSequence sequence;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /**
     * Stores a message with the room's next sequence number. A repeated {@code uuid} returns the
     * message stored the first time instead of a duplicate.
     */
    @Transactional
    public Message post(Long roomId, NewMessage request) {
        long last = sequence.lock(roomId);
        Room room = rooms.findById(roomId).orElseThrow(() -> new NotFoundException("room", roomId));
        if (request.uuid() != null) {
            Optional<Message> earlier = messages.findFirstByRoomAndUuid(room, request.uuid());
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        sequence.advance(roomId, last + 1);
        Message message = new Message(room, last + 1, request.event(), clock.instant());
        message.setAuthor(request.author());
        message.setAuthorName(request.authorName());
        message.setTitle(request.title());
        message.setContent(request.content());
        message.setPayload(request.payload());
        message.getTags().addAll(request.tags());
        message.setThreadKey(request.threadKey());
        message.setUuid(request.uuid());
        message.setApp(request.app());
        if (request.parentId() != null) {
            Message parent = messages.findById(request.parentId())
                    .filter(p -> p.getRoom().getId().equals(roomId))
                    .orElseThrow(() -> new NotFoundException("message", request.parentId()));
            message.setParent(parent);
        }
        Message saved = messages.save(message);
        events.publishEvent(new MessagePosted(room.getWorkspace().getId(), roomId, saved.getId(), saved.getSeq()));
        return saved;
    }


    @Transactional(readOnly = true)
    public Message get(Room room, long seq) {
        return messages.findByRoomAndSeq(room, seq).orElseThrow(() -> new NotFoundException("message", seq));
    }

    /**
     * A window of at most {@code limit} messages with {@code afterSeq < seq < beforeSeq}, either the
     * newest or the oldest of that range, always returned in ascending order.
     */
    @Transactional(readOnly = true)
    public List<Message> window(Room room, long afterSeq, long beforeSeq, int limit, boolean newest) {
        PageRequest page = PageRequest.of(0, limit);
        if (newest) {
            List<Message> found = new ArrayList<>(messages.findNewest(room, afterSeq, beforeSeq, page));
            Collections.reverse(found);
            return found;
        }
        return messages.findOldest(room, afterSeq, beforeSeq, page);
    }
}
