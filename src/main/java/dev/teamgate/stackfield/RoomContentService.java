package dev.teamgate.stackfield;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.message.MessageService;
import dev.teamgate.domain.message.NewMessage;
import dev.teamgate.domain.room.Room;
import dev.teamgate.domain.room.RoomRepository;
import dev.teamgate.domain.ticket.Ticket;
import dev.teamgate.domain.ticket.TicketRepository;
import dev.teamgate.domain.workspace.Workspace;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the content webhooks create in their room. Chat, Discussion and Page are messages (event
 * {@code chat}, {@code discussion}, {@code page}); Task and Event are tickets in the room (status
 * {@code open} and {@code scheduled}, external ids {@code task-…} and {@code event-…}) whose
 * participants are the {@code Users}.
 */
@Service
@RequiredArgsConstructor
class RoomContentService {

    /** The app a webhook's messages carry. */
    private static final String APP = "webhook";

    private final RoomRepository rooms;
    private final TicketRepository tickets;
    private final MessageService messages;
    private final OrganizationMembers members;
    private final StackfieldProperties properties;
    private final Clock clock;

    @Transactional
    WebhookResult post(WebhookTarget target, WebhookPayload payload) {
        Room room = rooms.findById(target.roomId()).orElseThrow(ResultCode.INVALID_OBJECT_ID::exception);
        switch (target.kind()) {
            case CHAT -> postMessage(target, room, "chat", null, payload.title(WebhookPayload.LONG_TEXT_LIMIT));
            case DISCUSSION, PAGE -> postMessage(target, room, target.kind().binding(),
                    payload.title(WebhookPayload.TEXT_LIMIT),
                    payload.text("Content", WebhookPayload.LONG_TEXT_LIMIT).orElse(null));
            case TASK -> createTask(room, payload);
            case EVENT -> createEvent(room, payload);
            default -> throw new IllegalStateException(target.kind() + " does not create room content");
        }
        return WebhookResult.OK;
    }

    private void postMessage(WebhookTarget target, Room room, String event, String title, String content) {
        messages.post(room.getId(), new NewMessage(event, null, target.authorName(), title, content, null, Set.of(),
                null, null, null, APP));
    }

    /** Title required; DateStart, DateEnd and Users optional. */
    private void createTask(Room room, WebhookPayload payload) {
        String title = payload.title(WebhookPayload.TEXT_LIMIT);
        String content = payload.text("Content", WebhookPayload.LONG_TEXT_LIMIT).orElse(null);
        Optional<Instant> start = payload.date("DateStart");
        Optional<Instant> end = payload.date("DateEnd");
        checkOrder(start, end);
        Set<Account> people = people(room.getWorkspace(), payload);
        save(room, TicketKind.TASK, title, content, start.orElse(null), end.orElse(null), people);
    }

    /** Title, DateStart and DateEnd required (a missing date is a property that could not be parsed). */
    private void createEvent(Room room, WebhookPayload payload) {
        String title = payload.title(WebhookPayload.TEXT_LIMIT);
        String content = payload.text("Content", WebhookPayload.LONG_TEXT_LIMIT).orElse(null);
        Instant start = payload.date("DateStart").orElseThrow(ResultCode.PROPERTY_NOT_PARSED::exception);
        Instant end = payload.date("DateEnd").orElseThrow(ResultCode.PROPERTY_NOT_PARSED::exception);
        checkOrder(Optional.of(start), Optional.of(end));
        Set<Account> people = people(room.getWorkspace(), payload);
        save(room, TicketKind.EVENT, title, content, start, end, people);
    }

    private static void checkOrder(Optional<Instant> start, Optional<Instant> end) {
        if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
            throw ResultCode.DATE_END_BEFORE_START.exception();
        }
    }

    private Set<Account> people(Workspace organization, WebhookPayload payload) {
        List<WebhookPayload.UserEntry> users = payload.users("Users");
        if (users.size() > properties.maxUsersPerRequest()) {
            throw ResultCode.TOO_MANY_INVITATIONS.exception();
        }
        Set<Account> people = new LinkedHashSet<>();
        for (WebhookPayload.UserEntry user : users) {
            people.add(members.member(organization, user));
        }
        return people;
    }

    private void save(Room room, TicketKind kind, String title, String content, Instant start, Instant end,
                      Set<Account> people) {
        Ticket ticket = new Ticket(room.getWorkspace(), kind.idPrefix + UUID.randomUUID(), title, kind.status,
                clock.instant());
        ticket.setRoom(room);
        ticket.setDescription(content);
        ticket.setStartsAt(start);
        ticket.setEndsAt(end);
        ticket.getParticipants().addAll(people);
        tickets.save(ticket);
    }

    /** The room content that is stored as a ticket: its external ids' prefix and the status it starts in. */
    @RequiredArgsConstructor
    private enum TicketKind {
        TASK("task-", "open"),
        EVENT("event-", "scheduled");

        private final String idPrefix;
        private final String status;
    }
}
