package dev.teamgate.domain;

import dev.teamgate.domain.message.RoomSequence;
import static org.assertj.core.api.Assertions.assertThat;

import dev.teamgate.domain.message.Message;
import dev.teamgate.domain.message.MessageService;
import dev.teamgate.domain.message.NewMessage;
import dev.teamgate.domain.room.Room;
import dev.teamgate.domain.room.RoomRepository;
import dev.teamgate.domain.workspace.Workspace;
import dev.teamgate.domain.workspace.WorkspaceRepository;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

@DataJpaTest
@Import(DomainSliceConfiguration.class)
class MessageServiceTest {

    @Autowired MessageService messages;
    @Autowired RoomSequence sequence;
    @Autowired WorkspaceRepository workspaces;
    @Autowired RoomRepository rooms;

    Room room;

    @BeforeEach
    void createRoom() {
        Workspace ws = workspaces.save(new Workspace("v", "ws", "ws", "WS", DomainSliceConfiguration.NOW));
        room = rooms.save(new Room(ws, "r", "r", "channel", "R", DomainSliceConfiguration.NOW));
    }

    private Message post(String content) {
        return messages.post(room.getId(), NewMessage.of("message", null, content));
    }

    @Test
    void sequenceNumbersCountUpPerRoomFromOne() {
        assertThat(post("a").getSeq()).isEqualTo(1);
        assertThat(post("b").getSeq()).isEqualTo(2);
        assertThat(post("c").getSeq()).isEqualTo(3);
        assertThat(sequence.last(room.getId())).isEqualTo(3);
    }

    @Test
    void aRepeatedUuidReturnsTheFirstMessage() {
        NewMessage once = new NewMessage("message", null, null, null, "hi", null, Set.of("t"), null, null, "uuid-1", null);
        Message first = messages.post(room.getId(), once);
        Message again = messages.post(room.getId(), once);
        assertThat(again.getId()).isEqualTo(first.getId());
        assertThat(post("next").getSeq()).isEqualTo(2);
    }

    @Test
    void windowsAreAscendingAndPickTheNewestOrOldest() {
        for (int i = 1; i <= 10; i++) {
            post("m" + i);
        }
        List<Message> newest = messages.window(room, 0, Long.MAX_VALUE, 3, true);
        assertThat(newest).extracting(Message::getContent).containsExactly("m8", "m9", "m10");
        List<Message> oldest = messages.window(room, 0, Long.MAX_VALUE, 3, false);
        assertThat(oldest).extracting(Message::getContent).containsExactly("m1", "m2", "m3");
        List<Message> between = messages.window(room, 4, 8, 100, true);
        assertThat(between).extracting(Message::getSeq).containsExactly(5L, 6L, 7L);
    }

    @Test
    void aParentFromAnotherRoomIsNotFound() {
        Room other = rooms.save(new Room(room.getWorkspace(), "o", "o", "channel", "O", DomainSliceConfiguration.NOW));
        Message inOther = messages.post(other.getId(), NewMessage.of("message", null, "x"));
        NewMessage reply = new NewMessage("comment", null, null, null, "re", null, Set.of(), inOther.getId(), null, null, null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> messages.post(room.getId(), reply))
                .isInstanceOf(NotFoundException.class);
    }
}
