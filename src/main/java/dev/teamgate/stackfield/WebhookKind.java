package dev.teamgate.stackfield;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;

/**
 * What a webhook URL is bound to, stored as {@code Credential.binding}: one of the six room
 * content kinds, the organization webhook (user and room commands, no room) or the room-settings
 * webhook (room commands; bound to a room, or organization-wide when it has none).
 */
@RequiredArgsConstructor
enum WebhookKind {
    CHAT("chat"),
    DISCUSSION("discussion"),
    TASK("task"),
    PAGE("page"),
    FILE("file"),
    EVENT("event"),
    ORGANIZATION("organization"),
    ROOM_SETTINGS("room-settings");

    private final String binding;

    String binding() {
        return binding;
    }

    /** Creates content in a room; needs a room, and that room's module must be on. */
    boolean createsContent() {
        return this != ORGANIZATION && this != ROOM_SETTINGS;
    }

    /** Changes settings: Stackfield offers this in the Enterprise edition only (4039 otherwise). */
    boolean enterpriseOnly() {
        return !createsContent();
    }

    boolean mayHaveRoom() {
        return this != ORGANIZATION;
    }

    boolean needsRoom() {
        return createsContent();
    }

    static Optional<WebhookKind> fromBinding(String binding) {
        return Arrays.stream(values()).filter(k -> k.binding.equalsIgnoreCase(binding == null ? "" : binding.trim()))
                .findFirst();
    }

    static List<String> bindings() {
        return Arrays.stream(values()).map(WebhookKind::binding).toList();
    }
}
