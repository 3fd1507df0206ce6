package dev.teamgate.commflow;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.contact.Contact;
import dev.teamgate.domain.conversation.Conversation;
import dev.teamgate.domain.conversation.ConversationRepository;
import dev.teamgate.domain.conversation.ConversationService;
import dev.teamgate.domain.message.Message;
import dev.teamgate.domain.workspace.Workspace;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Conversations of one workspace. Creating one can also create its contact ({@code contact.created})
 * and post its first message ({@code message.created}).
 */
@Service
@RequiredArgsConstructor
class ConversationsService {

    private static final List<String> STATUSES = List.of("open", "pending", "closed");
    private static final List<String> CHANNELS = List.of("email", "chat", "form", "api");
    static final ListQuery.Options LIST = new ListQuery.Options(
            List.of("status", "priority", "assignee", "channel", "created_after", "created_before"),
            List.of("created_at", "updated_at", "subject", "status", "priority"), "created_at", true);

    private final ConversationRepository conversations;
    private final ConversationService conversationService;
    private final MessagesService messages;
    private final References references;
    private final ConversationMapper mapper;
    private final ObjectMapper json;
    private final Clock clock;

    @Transactional(readOnly = true)
    public Page<Conversation> list(Workspace workspace, Account caller, ListQuery query) {
        Specification<Conversation> spec = (root, q, cb) -> cb.equal(root.get("room").get("workspace"), workspace);
        spec = spec.and(Specs.oneOf((root, cb) -> root.get("status"), query.choices("status", STATUSES)));
        spec = spec.and(Specs.oneOf((root, cb) -> root.get("priority"), query.choices("priority", Specs.PRIORITIES)));
        spec = spec.and(Specs.oneOf((root, cb) -> root.get("channel"), query.choices("channel", CHANNELS)));
        spec = spec.and(Assignees.filter(query.filter("assignee"), caller));
        Specs.Field<Conversation, Instant> created = (root, cb) -> root.get("room").get("createdAt");
        spec = query.instant("created_after").map(t -> Specs.atOrAfter(created, t)).map(spec::and).orElse(spec);
        spec = query.instant("created_before").map(t -> Specs.before(created, t)).map(spec::and).orElse(spec);
        if (query.q().isPresent()) {
            spec = spec.and(search(query.q().get()));
        }
        spec = spec.and(Specs.orderedBy(sortKey(query.sort()), query.descending()));
        return conversations.findAll(spec, Pages.pageable(query));
    }

    /** Every word must appear in the subject, the contact's name or email, or one of the messages. */
    private static Specification<Conversation> search(String q) {
        List<String> words = List.of(q.trim().split("\\s+"));
        return (root, query, cb) -> {
            Join<Conversation, Contact> contact = root.join("contact", JoinType.LEFT);
            List<Predicate> all = new ArrayList<>();
            for (String word : words.subList(0, Math.min(words.size(), 10))) {
                String pattern = "%" + word.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%";
                Subquery<Long> inMessages = query.subquery(Long.class);
                var message = inMessages.from(Message.class);
                inMessages.select(message.get("id")).where(cb.equal(message.get("room"), root.get("room")),
                        cb.like(cb.lower(message.get("content")), pattern, '\\'));
                all.add(cb.or(
                        cb.like(cb.lower(root.get("room").get("name")), pattern, '\\'),
                        cb.like(cb.lower(cb.coalesce(contact.get("name"), "")), pattern, '\\'),
                        cb.like(cb.lower(cb.coalesce(contact.get("email"), "")), pattern, '\\'),
                        cb.exists(inMessages)));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    private static Specs.Field<Conversation, ?> sortKey(String sort) {
        return switch (sort) {
            case "updated_at" -> (root, cb) -> root.get("updatedAt");
            case "subject" -> Specs.lowerCase((root, cb) -> root.get("room").get("name"));
            case "status" -> (root, cb) -> root.get("status");
            case "priority" -> Specs.priorityRank((root, cb) -> root.get("priority"));
            default -> (root, cb) -> root.get("room").get("createdAt");
        };
    }

    @Transactional(readOnly = true)
    public Conversation get(Workspace workspace, String id) {
        return conversations.findByWorkspaceAndExternalId(workspace, id)
                .orElseThrow(() -> CommFlowErrors.notFound("conversation", id));
    }

    /**
     * {@code {subject, contact{email,name}, message{body,type}, channel, priority, status, assignee,
     * tags, custom_fields}}; subject is required, channel defaults to {@code api}.
     */
    @Transactional
    public Conversation create(Workspace workspace, Account author, RequestFields body) {
        String subject = body.requiredText("subject", 200);
        String channel = body.choice("channel", CHANNELS);
        RequestFields firstMessage = body.object("message");
        MessagesService.NewMessageInput message = firstMessage == null ? null : MessagesService.NewMessageInput.parse(firstMessage);
        Instant now = WireTime.of(clock.instant());
        Conversation conversation = conversationService.open(workspace, CommFlowIds.next("conv"), subject, "open", now);
        conversation.setChannel(channel == null ? "api" : channel);
        apply(workspace, conversation, body, false);
        if (message != null) {
            messages.post(workspace, conversation, author, message);
        }
        return conversation;
    }

    @Transactional
    public Conversation update(Workspace workspace, String id, RequestFields body, boolean partial) {
        Conversation conversation = get(workspace, id);
        ConversationResource before = mapper.toResource(conversation);
        apply(workspace, conversation, body, partial);
        if (!mapper.toResource(conversation).equals(before)) {
            conversation.setUpdatedAt(WireTime.of(clock.instant()));
        }
        return conversation;
    }

    @Transactional
    public void delete(Workspace workspace, String id) {
        conversationService.delete(get(workspace, id));
    }

    /** The writable fields; the channel is set once, on creation. */
    private void apply(Workspace workspace, Conversation conversation, RequestFields body, boolean partial) {
        if (!partial || body.has("subject")) {
            conversation.setSubject(body.requiredText("subject", 200));
        }
        if (!partial || body.has("status")) {
            conversation.setStatus(TicketsService.orDefault(body.choice("status", STATUSES), "open", partial, body, "status"));
        }
        if (!partial || body.has("priority")) {
            conversation.setPriority(TicketsService.orDefault(body.choice("priority", Specs.PRIORITIES), "normal",
                    partial, body, "priority"));
        }
        if (!partial || body.has("tags")) {
            List<String> tags = body.texts("tags", 50, 100);
            conversation.replaceTags(tags == null ? List.of() : tags);
        }
        if (!partial || body.has("custom_fields")) {
            JsonNode customFields = body.rawObject("custom_fields", 10_000);
            conversation.setCustomFields(customFields == null || customFields.isEmpty() ? null
                    : json.writeValueAsString(customFields));
        }
        if (!partial || body.has("assignee")) {
            conversation.setAssignee(references.user(workspace, body, "assignee"));
        }
        if (!partial || body.has("contact")) {
            conversation.setContact(references.contact(workspace, body, "contact"));
        }
    }
}
