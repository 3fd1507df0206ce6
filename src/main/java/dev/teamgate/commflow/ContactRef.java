package dev.teamgate.commflow;

import dev.teamgate.domain.contact.Contact;

/** A contact as other resources show it: {@code {"id","name","email"}}. */
record ContactRef(String id, String name, String email) {

    static ContactRef of(Contact contact) {
        return contact == null ? null : new ContactRef(contact.getExternalId(), contact.getName(), contact.getEmail());
    }
}
