package dev.teamgate.commflow;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.account.AccountRepository;
import dev.teamgate.domain.contact.Contact;
import dev.teamgate.domain.contact.ContactRepository;
import dev.teamgate.domain.conversation.Conversation;
import dev.teamgate.domain.conversation.ConversationRepository;
import dev.teamgate.domain.workspace.Workspace;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Resolves the references a request body makes to other resources of the same workspace. An id
 * that does not exist there is a 422 on that field, not a 404: the URL was fine, the body was not.
 */
@Component
@RequiredArgsConstructor
class References {

    private final AccountRepository accounts;
    private final ContactRepository contacts;
    private final ConversationRepository conversations;
    private final ContactsService contactsService;

    /** {@code "user_123"} or {@code {"id":"user_123"}}; null when absent or null. */
    Account user(Workspace workspace, RequestFields body, String field) {
        String id = body.reference(field);
        if (id == null) {
            return null;
        }
        return accounts.findByWorkspaceAndExternalId(workspace, id)
                .orElseThrow(() -> body.invalid(field, "No such user: '" + id + "'."));
    }

    /**
     * {@code "contact_123"}, {@code {"id":"contact_123"}}, or {@code {"email","name"}}: the contact
     * with that email, created when there is none. Null when absent or null.
     */
    Contact contact(Workspace workspace, RequestFields body, String field) {
        if (body.node(field) != null && body.node(field).isObject() && !body.node(field).has("id")) {
            RequestFields contact = body.object(field);
            String email = contact.requiredEmail("email");
            String name = contact.text("name", 200);
            return contactsService.findOrCreate(workspace, email, name);
        }
        String id = body.reference(field);
        if (id == null) {
            return null;
        }
        return contacts.findByWorkspaceAndExternalId(workspace, id)
                .orElseThrow(() -> body.invalid(field, "No such contact: '" + id + "'."));
    }

    Conversation conversation(Workspace workspace, RequestFields body, String field) {
        String id = body.text(field, 100);
        if (id == null) {
            return null;
        }
        return conversations.findByWorkspaceAndExternalId(workspace, id)
                .orElseThrow(() -> body.invalid(field, "No such conversation: '" + id + "'."));
    }
}
