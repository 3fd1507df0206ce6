package dev.teamgate.commflow;

import dev.teamgate.domain.contact.ContactEmails;
import dev.teamgate.platform.error.ApiProblem;
import dev.teamgate.platform.error.ApiProblemException;
import dev.teamgate.platform.error.ProblemKind;
import dev.teamgate.domain.contact.Contact;
import dev.teamgate.domain.contact.ContactRepository;
import dev.teamgate.domain.conversation.Conversation;
import dev.teamgate.domain.conversation.ConversationRepository;
import dev.teamgate.domain.ticket.Ticket;
import dev.teamgate.domain.ticket.TicketRepository;
import dev.teamgate.domain.workspace.Workspace;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Contacts of one workspace: list, read, write; {@code contact.created} on every new contact. */
@Service
@RequiredArgsConstructor
class ContactsService {

    static final ListQuery.Options LIST = new ListQuery.Options(
            List.of("email", "created_after", "created_before"),
            List.of("created_at", "updated_at", "name", "email"), "created_at", true);

    private final ContactRepository contacts;
    private final TicketRepository tickets;
    private final ConversationRepository conversations;
    private final CommFlowEvents events;
    private final ContactEmails contactEmails;
    private final Clock clock;

    @Transactional(readOnly = true)
    public Page<Contact> list(Workspace workspace, ListQuery query) {
        Specification<Contact> spec = (root, q, cb) -> cb.equal(root.get("workspace"), workspace);
        spec = spec.and(Specs.wildcard((root, cb) -> root.get("email"), query.filter("email")));
        Specs.Field<Contact, Instant> created = (root, cb) -> root.get("createdAt");
        spec = query.instant("created_after").map(t -> Specs.atOrAfter(created, t)).map(spec::and).orElse(spec);
        spec = query.instant("created_before").map(t -> Specs.before(created, t)).map(spec::and).orElse(spec);
        if (query.q().isPresent()) {
            spec = spec.and(Specs.search(query.q().get(), (root, cb) -> root.get("name"),
                    (root, cb) -> root.get("email"), (root, cb) -> root.get("company"), (root, cb) -> root.get("phone")));
        }
        spec = spec.and(Specs.orderedBy(sortKey(query.sort()), query.descending()));
        return contacts.findAll(spec, Pages.pageable(query));
    }

    private static Specs.Field<Contact, ?> sortKey(String sort) {
        return switch (sort) {
            case "updated_at" -> (root, cb) -> root.get("updatedAt");
            case "name" -> Specs.lowerCase((root, cb) -> root.get("name"));
            case "email" -> Specs.lowerCase((root, cb) -> root.get("email"));
            default -> (root, cb) -> root.get("createdAt");
        };
    }

    @Transactional(readOnly = true)
    public Contact get(Workspace workspace, String id) {
        return contacts.findByWorkspaceAndExternalId(workspace, id)
                .orElseThrow(() -> CommFlowErrors.notFound("contact", id));
    }

    @Transactional
    public Contact create(Workspace workspace, RequestFields body) {
        ContactInput input = ContactInput.parse(body, false);
        requireEmailFree(workspace, input.email(), null);
        Contact contact = new Contact(workspace, CommFlowIds.next("contact"), now());
        input.applyTo(contact);
        return announce(workspace, contactEmails.save(contact));
    }

    @Transactional
    public Contact update(Workspace workspace, String id, RequestFields body, boolean partial) {
        Contact contact = get(workspace, id);
        ContactInput input = ContactInput.parse(body, partial);
        if (input.email() != null && !Contact.emailKeyOf(input.email()).equals(Contact.emailKeyOf(contact.getEmail()))) {
            requireEmailFree(workspace, input.email(), contact);
        }
        input.applyTo(contact);
        contact.setUpdatedAt(now());
        return contactEmails.save(contact);
    }

    /** Tickets and conversations of the contact stay, without a contact. */
    @Transactional
    public void delete(Workspace workspace, String id) {
        Contact contact = get(workspace, id);
        for (Ticket ticket : tickets.findAll((root, q, cb) -> cb.equal(root.get("contact"), contact))) {
            ticket.setContact(null);
        }
        for (Conversation conversation : conversations.findAll((root, q, cb) -> cb.equal(root.get("contact"), contact))) {
            conversation.setContact(null);
        }
        contacts.delete(contact);
    }

    /**
     * The contact a conversation or ticket names by {@code {"email","name"}}: the workspace's oldest
     * contact with that email (case-insensitive), or a new one (announced as {@code contact.created}).
     */
    Contact findOrCreate(Workspace workspace, String email, String name) {
        ContactEmails.Found found = contactEmails.findOrCreate(workspace, email, () -> {
            Contact contact = new Contact(workspace, CommFlowIds.next("contact"), now());
            contact.setEmail(email);
            contact.setName(name);
            return contact;
        });
        return found.created() ? announce(workspace, found.contact()) : found.contact();
    }

    /** One contact per email per workspace: 422 naming the contact that has it already. */
    private void requireEmailFree(Workspace workspace, String email, Contact self) {
        if (email == null) {
            return;
        }
        contactEmails.lockAndFind(workspace, email).filter(other -> self == null || !other.getId().equals(self.getId()))
                .ifPresent(other -> {
                    throw new ApiProblemException(ApiProblem.of(ProblemKind.VALIDATION,
                            "A contact with the email '" + email + "' already exists: " + other.getExternalId() + ".", "email")
                            .withCode("contact_exists"));
                });
    }

    private Contact announce(Workspace workspace, Contact contact) {
        events.publish(workspace, CommFlowEvents.CONTACT_CREATED, ContactMapper.toResource(contact));
        return contact;
    }

    private Instant now() {
        return WireTime.of(clock.instant());
    }

    /** The writable fields of a contact; for PATCH only those present in the body. */
    private record ContactInput(RequestFields body, boolean partial, String name, String email, String phone,
                                String company) {

        static ContactInput parse(RequestFields body, boolean partial) {
            String email = partial && !body.has("email") ? null : body.requiredEmail("email");
            return new ContactInput(body, partial, body.text("name", 200), email, body.text("phone", 50),
                    body.text("company", 200));
        }

        void applyTo(Contact contact) {
            if (!partial || body.has("name")) {
                contact.setName(name);
            }
            if (!partial || body.has("email")) {
                contact.setEmail(email);
            }
            if (!partial || body.has("phone")) {
                contact.setPhone(phone);
            }
            if (!partial || body.has("company")) {
                contact.setCompany(company);
            }
        }
    }
}
