package dev.teamgate.stackfield;

import dev.teamgate.domain.room.Room;
import dev.teamgate.domain.room.RoomRepository;
import dev.teamgate.domain.workspace.Workspace;
import java.util.Locale;
import java.util.Optional;

/** Looks rooms up by their Room API ID (external id), which as a UUID matches in any case. */
final class Rooms {

    private Rooms() {
    }

    static Optional<Room> byApiId(RoomRepository rooms, Workspace organization, String apiId) {
        return rooms.findByWorkspaceAndExternalId(organization, apiId)
                .or(() -> rooms.findByWorkspaceAndExternalId(organization, apiId.toLowerCase(Locale.ROOT)));
    }
}
