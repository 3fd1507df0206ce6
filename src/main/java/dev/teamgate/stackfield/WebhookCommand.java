package dev.teamgate.stackfield;

import java.util.Arrays;
import java.util.Optional;
import lombok.RequiredArgsConstructor;

/**
 * The commands of the settings webhooks, by their {@code Command} name (matched without regard to
 * case). The organization webhook runs all of them; the room-settings webhook only the room ones.
 */
@RequiredArgsConstructor
enum WebhookCommand {
    CREATE_USER("CreateUser", false),
    REMOVE_USER("RemoveUser", false),
    DEACTIVATE_USER("DeactivateUser", false),
    CREATE_ROOM("CreateRoom", false),
    ARCHIVE_ROOM("ArchiveRoom", true),
    GRANT_ROOM_ACCESS("GrantRoomAccess", true),
    REVOKE_ROOM_ACCESS("RevokeRoomAccess", true);

    private final String wireName;
    private final boolean roomCommand;

    boolean allowedOn(WebhookKind kind) {
        return kind == WebhookKind.ORGANIZATION || (kind == WebhookKind.ROOM_SETTINGS && roomCommand);
    }

    static Optional<WebhookCommand> named(String name) {
        return Arrays.stream(values()).filter(c -> c.wireName.equalsIgnoreCase(name)).findFirst();
    }
}
