package dev.teamgate.flowdock;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.room.Room;
import dev.teamgate.domain.room.RoomKinds;
import dev.teamgate.domain.room.RoomMember;
import dev.teamgate.domain.room.RoomMemberRepository;
import dev.teamgate.domain.room.RoomRepository;
import dev.teamgate.domain.workspace.Workspace;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Private conversations: rooms of kind {@code private} holding exactly two users, named
 * {@code private-<lower id>-<higher id>} and kept in the first organization the two share. They
 * are addressed by the other user's id.
 */
@Service
@RequiredArgsConstructor
class PrivateConversations {

    private final RoomRepository rooms;
    private final RoomMemberRepository members;
    private final Directory directory;
    private final Clock clock;

    /** A conversation of the caller, with the other participant. */
    record Conversation(Room room, Account me, Account other) {
    }

    List<Conversation> all(FlowdockUser user) {
        List<Conversation> found = new ArrayList<>();
        for (Account mine : user.accounts()) {
            for (RoomMember membership : members.findByAccount(mine)) {
                Room room = membership.getRoom();
                if (RoomKinds.PRIVATE.equals(room.getKind())) {
                    other(room, mine).ifPresent(o -> found.add(new Conversation(room, mine, o)));
                }
            }
        }
        found.sort(Comparator.comparing((Conversation c) -> c.other().getExternalId().length())
                .thenComparing(c -> c.other().getExternalId()));
        return found;
    }

    /** The existing conversation with {@code otherId}, if there is one. */
    Optional<Conversation> find(FlowdockUser user, String otherId) {
        FlowdockUser other = directory.otherUser(user, otherId);
        if (other.id().equals(user.id())) {
            throw FlowdockErrors.notFound("User not found");
        }
        String slug = slug(user.id(), otherId);
        for (Account theirs : other.accounts()) {
            Workspace ws = theirs.getWorkspace();
            Optional<Room> room = rooms.findByWorkspaceAndSlug(ws, slug);
            if (room.isPresent()) {
                return Optional.of(new Conversation(room.get(), user.in(ws).orElseThrow(), theirs));
            }
        }
        return Optional.empty();
    }

    /** One person's membership of the conversation, which holds their own {@code open} state. */
    RoomMember membership(Conversation conversation, Account person) {
        return members.findByRoomAndAccount(conversation.room(), person).orElseThrow();
    }

    /** Sets one person's own open/closed state of the conversation. */
    void setOpen(Conversation conversation, Account person, boolean open) {
        RoomMember membership = membership(conversation, person);
        membership.setOpen(open);
        members.save(membership);
    }

    /** The conversation with {@code otherId}, started (closed, {@code open: false}) when there is none yet. */
    @Transactional
    public Conversation findOrStart(FlowdockUser user, String otherId) {
        Optional<Conversation> existing = find(user, otherId);
        if (existing.isPresent()) {
            return existing.get();
        }
        FlowdockUser other = directory.otherUser(user, otherId);
        Account theirs = other.accounts().stream().min(Comparator.comparing(a -> a.getWorkspace().getId())).orElseThrow();
        Workspace ws = theirs.getWorkspace();
        Account mine = user.in(ws).orElseThrow();
        Room room = new Room(ws, slug(user.id(), otherId), slug(user.id(), otherId), RoomKinds.PRIVATE,
                "Private conversation", clock.instant());
        room.setOpen(false);
        rooms.save(room);
        members.save(new RoomMember(room, mine, false, clock.instant()));
        members.save(new RoomMember(room, theirs, false, clock.instant()));
        return new Conversation(room, mine, theirs);
    }

    private Optional<Account> other(Room room, Account me) {
        return members.findByRoom(room).stream().map(RoomMember::getAccount)
                .filter(a -> !a.getId().equals(me.getId()) && a.isActive()).findFirst();
    }

    static String slug(String a, String b) {
        Comparator<String> numeric = Comparator.comparing(String::length).thenComparing(Comparator.naturalOrder());
        return numeric.compare(a, b) <= 0 ? "private-" + a + "-" + b : "private-" + b + "-" + a;
    }
}
