package dev.teamgate.domain;

import dev.teamgate.domain.message.RoomSequence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.account.AccountRepository;
import dev.teamgate.domain.message.BulkAppended;
import dev.teamgate.domain.message.BulkMessages;
import dev.teamgate.domain.message.Message;
import dev.teamgate.domain.message.MessageBulkLoader;
import dev.teamgate.domain.message.MessageService;
import dev.teamgate.domain.message.NewMessage;
import dev.teamgate.domain.room.Room;
import dev.teamgate.domain.room.RoomRepository;
import dev.teamgate.domain.workspace.Workspace;
import dev.teamgate.domain.workspace.WorkspaceRepository;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

@DataJpaTest
@Import(DomainSliceConfiguration.class)
class MessageBulkLoaderTest {

    @Autowired MessageBulkLoader bulk;
    @Autowired RoomSequence sequence;
    @Autowired MessageService messages;
    @Autowired WorkspaceRepository workspaces;
    @Autowired AccountRepository accounts;
    @Autowired RoomRepository rooms;
    @Autowired EntityManager entityManager;

    Room room;
    Account ann;
    Account bob;

    @BeforeEach
    void createRoom() {
        Workspace ws = workspaces.save(new Workspace("v", "ws", "ws", "WS", DomainSliceConfiguration.NOW));
        ann = accounts.save(new Account(ws, "ann", "1", "Ann", DomainSliceConfiguration.NOW));
        bob = accounts.save(new Account(ws, "bob", "2", "Bob", DomainSliceConfiguration.NOW));
        room = rooms.save(new Room(ws, "r", "r", "channel", "R", DomainSliceConfiguration.NOW));
    }

    private List<Message> all() {
        entityManager.flush();
        entityManager.clear();
        return entityManager.createQuery("select m from Message m where m.room.id = :room order by m.seq", Message.class)
                .setParameter("room", room.getId()).getResultList();
    }

    @Test
    void continuesTheRoomsSequenceAndThePostPathContinuesAfterIt() {
        messages.post(room.getId(), NewMessage.of("message", ann, "first"));
        int count = 2 * 1000 + 17;
        BulkAppended appended = bulk.append(room.getId(),
                new BulkMessages(count, "message", "chat", List.of(ann, bob), seq -> "bulk " + seq));
        assertThat(appended.firstSeq()).isEqualTo(2);
        assertThat(appended.lastSeq()).isEqualTo(1 + count);
        Message after = messages.post(room.getId(), NewMessage.of("message", bob, "after"));
        assertThat(after.getSeq()).isEqualTo(count + 2);

        List<Message> stored = all();
        assertThat(stored).hasSize(count + 2);
        assertThat(stored).extracting(Message::getSeq).containsExactlyElementsOf(
                java.util.stream.LongStream.rangeClosed(1, count + 2).boxed().toList());
        // ids are handed out by the database in posting order, like the post path's
        assertThat(stored).extracting(Message::getId).isSorted();
        assertThat(sequence.last(room.getId())).isEqualTo(count + 2);

        Message second = stored.get(1);
        assertThat(second.getContent()).isEqualTo("bulk 2");
        assertThat(second.getEvent()).isEqualTo("message");
        assertThat(second.getApp()).isEqualTo("chat");
        assertThat(second.isDeleted()).isFalse();
        assertThat(second.getCreatedAt()).isEqualTo(DomainSliceConfiguration.NOW);
        assertThat(second.getTags()).isEmpty();
        assertThat(stored.subList(1, 5)).extracting(m -> m.getAuthor().getSlug())
                .containsExactly("ann", "bob", "ann", "bob");
    }

    @Test
    void withoutAuthorsTheMessagesAreAuthorless() {
        bulk.append(room.getId(), new BulkMessages(3, "message", null, List.of(), seq -> "x"));
        assertThat(all()).extracting(Message::getAuthor).containsOnlyNulls();
    }

    @Test
    void anUnknownRoomIsNotFound() {
        assertThatThrownBy(() -> bulk.append(-1L, new BulkMessages(1, "message", null, List.of(), seq -> "x")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aCountBelowOneIsRefused() {
        assertThatThrownBy(() -> new BulkMessages(0, "message", null, List.of(), seq -> "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
