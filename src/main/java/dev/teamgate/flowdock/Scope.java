package dev.teamgate.flowdock;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import lombok.RequiredArgsConstructor;

/**
 * Flowdock's OAuth scopes, in the order its authentication docs list them, each with what it allows
 * in the docs' words (the consent page shows them). What a token was granted is kept as the scopes'
 * {@link #value() values}; {@link Scopes} says which a call needs and parses what a request names.
 */
@RequiredArgsConstructor
enum Scope {
    FLOW("Read and send messages to flows."),
    PRIVATE("Read and send private messages."),
    MANAGE("Manage flows, organizations and their users."),
    PROFILE("Access the user's profile."),
    OFFLINE_ACCESS("Access the API when the user is not present."),
    INTEGRATION("Create sources.");

    private final String meaning;
    // Spelled once: every Flowdock call's scope check reads it.
    private final String value = name().toLowerCase(Locale.ROOT);

    /** The scope as requests, grants and tokens spell it: {@code flow}, {@code offline_access}, … */
    String value() {
        return value;
    }

    String meaning() {
        return meaning;
    }

    static Optional<Scope> of(String value) {
        return Arrays.stream(values()).filter(scope -> scope.value().equals(value)).findFirst();
    }
}
