package dev.teamgate.commflow;

import java.util.Locale;

/**
 * CommFlow's scopes: read and write for each resource, in a stable order (what an unrestricted
 * credential holds). Grants and credentials keep the scopes' {@link #value() values};
 * {@link CommFlowScopes} says which a call needs and reads either spelling of what a request names.
 */
enum CommFlowScope {
    READ_CONVERSATIONS, WRITE_CONVERSATIONS,
    READ_CONTACTS, WRITE_CONTACTS,
    READ_TICKETS, WRITE_TICKETS,
    READ_WEBHOOKS, WRITE_WEBHOOKS,
    READ_USERS, WRITE_USERS,
    READ_FILES, WRITE_FILES;

    // Spelled once: every CommFlow call's scope check reads it.
    private final String value = name().toLowerCase(Locale.ROOT).replaceFirst("_", ":");

    /** The scope in the overview's {@code action:resource} spelling: {@code read:tickets}. */
    String value() {
        return value;
    }
}
