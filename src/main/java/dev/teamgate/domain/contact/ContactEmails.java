package dev.teamgate.domain.contact;

import dev.teamgate.domain.ConflictException;
import dev.teamgate.domain.workspace.Workspace;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One contact per email per workspace (case-insensitive), also when requests race. Writers that
 * create a contact or change its email first take the workspace's contact lock (its workspace row,
 * {@code for update}, held until commit), so a second request naming the same new email waits and
 * then finds the first one's contact. The unique key {@code uk_contact_email_key} is the backstop:
 * a write that slips past the lock (a direct repository save) fails with a {@link ConflictException}.
 */
@Component
@RequiredArgsConstructor
public class ContactEmails {

    private final ContactRepository contacts;
    private final JdbcTemplate jdbc;

    /** Takes the workspace's contact lock and returns its contact with {@code email}, if any. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Contact> lockAndFind(Workspace workspace, String email) {
        jdbc.queryForList("select id from workspace where id = ? for update", Long.class, workspace.getId());
        return find(workspace, email);
    }

    /** The workspace's contact with {@code email} (case-insensitive), without locking. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Contact> find(Workspace workspace, String email) {
        String key = Contact.emailKeyOf(email);
        if (key == null) {
            return Optional.empty();
        }
        // by the email itself, not the key: contacts loaded from fixtures have not claimed theirs
        List<Contact> found = contacts.findByWorkspaceAndEmailIgnoreCaseOrderById(workspace, email.trim(), PageRequest.of(0, 1));
        return found.stream().findFirst();
    }

    /**
     * The contact with {@code email}, or the one {@code create} makes (saved here), under the lock.
     * {@code created} tells the caller whether it was new (to announce it).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Found findOrCreate(Workspace workspace, String email, Supplier<Contact> create) {
        Optional<Contact> existing = lockAndFind(workspace, email);
        if (existing.isPresent()) {
            return new Found(existing.get(), false);
        }
        return new Found(save(create.get()), true);
    }

    /** Saves now, so that a broken uniqueness rule surfaces here as a {@link ConflictException}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Contact save(Contact contact) {
        contact.claimEmail();
        try {
            return contacts.saveAndFlush(contact);
        } catch (DataIntegrityViolationException duplicate) {
            throw new ConflictException("a contact with the email " + contact.getEmail() + " already exists");
        }
    }

    public record Found(Contact contact, boolean created) {
    }
}
