package dev.teamgate.stackfield;

import dev.teamgate.domain.room.Room;

/**
 * Room kinds in a Stackfield organization. Only ordinary rooms take webhooks and room commands;
 * direct chats ({@code private}) and room templates ({@code template}, which CreateRoom copies by
 * {@code TemplateId}) answer 4033 "Room type is not supported.". A room's {@code externalId} is
 * its "Room API ID".
 */
final class StackfieldRooms {

    static final String ROOM = "room";
    static final String TEMPLATE = "template";

    private StackfieldRooms() {
    }

    static boolean supported(Room room) {
        return ROOM.equals(room.getKind());
    }
}
