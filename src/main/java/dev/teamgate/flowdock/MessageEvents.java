package dev.teamgate.flowdock;

import java.util.Set;

/** Flowdock's message events, and which of them a client may post where. */
final class MessageEvents {

    static final String MESSAGE = "message";
    static final String STATUS = "status";
    static final String COMMENT = "comment";
    static final String FILE = "file";
    static final String ACTIVITY = "activity";
    static final String DISCUSSION = "discussion";
    static final String ACTION = "action";
    static final String TAG_CHANGE = "tag-change";
    static final String MESSAGE_EDIT = "message-edit";
    static final String MAIL = "mail";

    /** Events whose text is title + body and that always belong to a thread. */
    static final Set<String> THREADED = Set.of(ACTIVITY, DISCUSSION);

    /** Events a person (or an "external user") writes; only these show {@code external_user_name}. */
    static final Set<String> CHAT_EVENTS = Set.of(MESSAGE, STATUS, COMMENT, FILE);

    /** What {@code POST /messages} accepts (comments have their own endpoints). */
    static final Set<String> POSTABLE = Set.of(MESSAGE, STATUS, FILE, ACTIVITY, DISCUSSION);

    /** Team-inbox entries: removed outright on delete, like the real service's {@code app=influx} items. */
    static final String INBOX_APP = "influx";
    static final String CHAT_APP = "chat";

    private MessageEvents() {
    }
}
