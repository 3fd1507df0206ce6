package dev.teamgate.commflow;

import dev.teamgate.domain.room.RoomKinds;
import dev.teamgate.domain.ticket.Ticket;

final class TicketMapper {

    private TicketMapper() {
    }

    static TicketResource toResource(Ticket t) {
        String conversationId = t.getRoom() != null && RoomKinds.CONVERSATION.equals(t.getRoom().getKind())
                ? t.getRoom().getExternalId() : null;
        return new TicketResource(t.getExternalId(), t.getSubject(), t.getDescription(), t.getStatus(), t.getPriority(),
                UserRef.of(t.getAssignee()), ContactRef.of(t.getContact()), conversationId,
                WireTime.of(t.getCreatedAt()), WireTime.of(t.getUpdatedAt()));
    }
}
