package dev.teamgate.flowdock;

import dev.teamgate.domain.message.Message;
import dev.teamgate.domain.message.MessageService;
import dev.teamgate.domain.message.NewMessage;
import dev.teamgate.domain.room.Room;
import dev.teamgate.domain.room.RoomMemberRepository;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Team inbox items from the push API: stored as {@code mail} events of the inbox ({@code app:
 * influx}) with the subject as title, tagged {@code :source:<source>} as the tags docs describe.
 * Their {@code content} is {@code {subject, content, from: [{address, name}], source, project,
 * link, reply_to, format}}.
 */
@Service
@RequiredArgsConstructor
class InboxPosting {

    private static final Pattern CATEGORY = Pattern.compile("^[\\p{L}\\p{N}_ ]+$");

    private final MessageService messages;
    private final RoomMemberRepository members;
    private final ObjectMapper json;

    record Item(String source, String fromAddress, String fromName, String subject, String content, String replyTo,
                String project, String link, List<String> tags) {
    }

    /** Reads and checks an item's fields before any flow is touched. */
    static Item read(FlowdockParams params) {
        String source = params.requiredText("source", 100).trim();
        if (!CATEGORY.matcher(source).matches()) {
            throw FlowdockErrors.invalid("source", "may only contain letters, numbers, underscores and spaces");
        }
        String fromAddress = params.requiredText("from_address", 320).trim();
        if (!UsersController.EMAIL.matcher(fromAddress).matches()) {
            throw FlowdockErrors.invalid("from_address", "is invalid");
        }
        String subject = params.requiredText("subject", MessagePosting.MAX_TITLE);
        String content = params.requiredText("content", MessagePosting.MAX_BODY);
        String project = params.text("project", 200).orElse(null);
        if (project != null && !project.isEmpty() && !CATEGORY.matcher(project).matches()) {
            throw FlowdockErrors.invalid("project", "may only contain letters, numbers, underscores and spaces");
        }
        String format = params.text("format").orElse("html");
        if (!format.equals("html")) {
            throw FlowdockErrors.invalid("format", "is not included in the list");
        }
        String replyTo = params.text("reply_to", 320).orElse(null);
        if (replyTo != null && !replyTo.isEmpty() && !UsersController.EMAIL.matcher(replyTo).matches()) {
            throw FlowdockErrors.invalid("reply_to", "is invalid");
        }
        List<String> tags = params.list("tags");
        TagParser.validate(tags);
        return new Item(source, fromAddress, params.text("from_name", 200).orElse(null), subject, content, replyTo,
                project, params.text("link", MessagePosting.MAX_URL).orElse(null), tags);
    }

    /** The sender as the message's author name (at most 200 characters, as the domain stores it). */
    private static String senderName(Item item) {
        String name = item.fromName() == null || item.fromName().isBlank() ? item.fromAddress() : item.fromName();
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    @Transactional
    public Message post(Room room, Item item) {
        ObjectNode mail = json.createObjectNode();
        mail.put("subject", item.subject());
        mail.put("content", item.content());
        ObjectNode from = mail.putArray("from").addObject();
        from.put("address", item.fromAddress());
        from.put("name", item.fromName());
        mail.put("source", item.source());
        mail.put("project", item.project());
        mail.put("link", item.link());
        mail.put("reply_to", item.replyTo());
        mail.put("format", "html");
        ObjectNode payload = json.createObjectNode();
        payload.set("content", mail);
        Set<String> tags = TagParser.tags(item.tags(), null,
                members.findByRoom(room).stream().map(m -> m.getAccount()).toList(), null);
        tags.add(":source:" + FlowAdministration.parameterize(item.source()));
        return messages.post(room.getId(), new NewMessage(MessageEvents.MAIL, null,
                senderName(item), item.subject(), item.content(),
                payload.toString(), tags, null, null, null, MessageEvents.INBOX_APP));
    }
}
