package dev.teamgate.commflow;

import dev.teamgate.domain.contact.Contact;

final class ContactMapper {

    private ContactMapper() {
    }

    static ContactResource toResource(Contact c) {
        return new ContactResource(c.getExternalId(), c.getName(), c.getEmail(), c.getPhone(), c.getCompany(),
                WireTime.of(c.getCreatedAt()), WireTime.of(c.getUpdatedAt()));
    }
}
