package dev.teamgate.commflow;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.conversation.Conversation;
import dev.teamgate.domain.ticket.Ticket;
import dev.teamgate.domain.ticket.TicketRepository;
import dev.teamgate.domain.workspace.Workspace;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inbox tickets of one workspace. Publishes {@code ticket.created}, {@code ticket.updated} (when a
 * write changed anything) and {@code ticket.assigned} (when the assignee became someone new).
 */
@Service
@RequiredArgsConstructor
class TicketsService {

    private static final List<String> STATUSES = List.of("open", "pending", "resolved", "closed");
    static final ListQuery.Options LIST = new ListQuery.Options(
            List.of("status", "priority", "assignee", "created_after", "created_before"),
            List.of("created_at", "updated_at", "subject", "status", "priority"), "created_at", true);

    private final TicketRepository tickets;
    private final References references;
    private final CommFlowEvents events;
    private final Clock clock;

    @Transactional(readOnly = true)
    public Page<Ticket> list(Workspace workspace, Account caller, ListQuery query) {
        Specification<Ticket> spec = (root, q, cb) -> cb.equal(root.get("workspace"), workspace);
        spec = spec.and(Specs.oneOf((root, cb) -> root.get("status"), query.choices("status", STATUSES)));
        spec = spec.and(Specs.oneOf((root, cb) -> root.get("priority"), query.choices("priority", Specs.PRIORITIES)));
        spec = spec.and(Assignees.filter(query.filter("assignee"), caller));
        Specs.Field<Ticket, Instant> created = (root, cb) -> root.get("createdAt");
        spec = query.instant("created_after").map(t -> Specs.atOrAfter(created, t)).map(spec::and).orElse(spec);
        spec = query.instant("created_before").map(t -> Specs.before(created, t)).map(spec::and).orElse(spec);
        if (query.q().isPresent()) {
            spec = spec.and(Specs.search(query.q().get(), (root, cb) -> root.get("subject"),
                    (root, cb) -> root.get("description")));
        }
        spec = spec.and(Specs.orderedBy(sortKey(query.sort()), query.descending()));
        return tickets.findAll(spec, Pages.pageable(query));
    }

    private static Specs.Field<Ticket, ?> sortKey(String sort) {
        return switch (sort) {
            case "updated_at" -> (root, cb) -> root.get("updatedAt");
            case "subject" -> Specs.lowerCase((root, cb) -> root.get("subject"));
            case "status" -> (root, cb) -> root.get("status");
            case "priority" -> Specs.priorityRank((root, cb) -> root.get("priority"));
            default -> (root, cb) -> root.get("createdAt");
        };
    }

    @Transactional(readOnly = true)
    public Ticket get(Workspace workspace, String id) {
        return tickets.findByWorkspaceAndExternalId(workspace, id)
                .orElseThrow(() -> CommFlowErrors.notFound("ticket", id));
    }

    @Transactional
    public Ticket create(Workspace workspace, RequestFields body) {
        Ticket ticket = new Ticket(workspace, CommFlowIds.next("ticket"), null, "open", now());
        apply(workspace, ticket, body, false);
        tickets.save(ticket);
        TicketResource created = TicketMapper.toResource(ticket);
        events.publish(workspace, CommFlowEvents.TICKET_CREATED, created);
        if (ticket.getAssignee() != null) {
            events.publish(workspace, CommFlowEvents.TICKET_ASSIGNED, created);
        }
        return ticket;
    }

    @Transactional
    public Ticket update(Workspace workspace, String id, RequestFields body, boolean partial) {
        Ticket ticket = get(workspace, id);
        TicketResource before = TicketMapper.toResource(ticket);
        String assigneeBefore = before.assignee() == null ? null : before.assignee().id();
        apply(workspace, ticket, body, partial);
        if (TicketMapper.toResource(ticket).equals(before)) {
            return ticket;
        }
        ticket.setUpdatedAt(now());
        TicketResource after = TicketMapper.toResource(ticket);
        events.publish(workspace, CommFlowEvents.TICKET_UPDATED, after);
        if (after.assignee() != null && !Objects.equals(assigneeBefore, after.assignee().id())) {
            events.publish(workspace, CommFlowEvents.TICKET_ASSIGNED, after);
        }
        return ticket;
    }

    @Transactional
    public void delete(Workspace workspace, String id) {
        tickets.delete(get(workspace, id));
    }

    /** Sets the writable fields: all of them for create and PUT (absent ones to defaults), the present ones for PATCH. */
    private void apply(Workspace workspace, Ticket ticket, RequestFields body, boolean partial) {
        if (!partial || body.has("subject")) {
            ticket.setSubject(body.requiredText("subject", 200));
        }
        if (!partial || body.has("description")) {
            ticket.setDescription(body.text("description", 100_000));
        }
        if (!partial || body.has("status")) {
            ticket.setStatus(orDefault(body.choice("status", STATUSES), "open", partial, body, "status"));
        }
        if (!partial || body.has("priority")) {
            ticket.setPriority(orDefault(body.choice("priority", Specs.PRIORITIES), "normal", partial, body, "priority"));
        }
        if (!partial || body.has("assignee")) {
            ticket.setAssignee(references.user(workspace, body, "assignee"));
        }
        if (!partial || body.has("contact")) {
            ticket.setContact(references.contact(workspace, body, "contact"));
        }
        if (!partial || body.has("conversation_id")) {
            Conversation conversation = references.conversation(workspace, body, "conversation_id");
            ticket.setRoom(conversation == null ? null : conversation.getRoom());
        }
    }

    /** Absent on create or PUT means the default; an explicit null on PATCH is refused (the field always has a value). */
    static String orDefault(String value, String fallback, boolean partial, RequestFields body, String field) {
        if (value != null) {
            return value;
        }
        if (partial) {
            throw body.invalid(field, "The '" + field + "' field cannot be null.");
        }
        return fallback;
    }

    private Instant now() {
        return WireTime.of(clock.instant());
    }
}
