package dev.teamgate.flowdock;

import dev.teamgate.domain.room.Room;
import java.util.Set;

/**
 * How a Flowdock flow sits in the shared domain: a room of kind {@code flow} with one of Flowdock's
 * access modes. {@code invitation} (the default) lets in only members, {@code link} anyone in the
 * organization who has the link, {@code organization} the whole organization, which also sees it.
 */
final class FlowRooms {

    static final String KIND = "flow";
    static final String INVITATION = "invitation";
    private static final String LINK = "link";
    private static final String ORGANIZATION = "organization";
    static final Set<String> ACCESS_MODES = Set.of(INVITATION, LINK, ORGANIZATION);

    private FlowRooms() {
    }

    static boolean isFlow(Room room) {
        return KIND.equals(room.getKind());
    }

    /** The flow's access mode; a room made before access modes were stored counts as invitation-only. */
    static String accessMode(Room room) {
        return room.getAccessMode() == null ? INVITATION : room.getAccessMode();
    }

    /** Seen and readable by everyone in the flow's organization, member or not. */
    static boolean openToOrganization(Room room) {
        return ORGANIZATION.equals(room.getAccessMode());
    }

    /** A user of the organization may join it without an invitation. */
    static boolean joinable(Room room) {
        String mode = accessMode(room);
        return ORGANIZATION.equals(mode) || LINK.equals(mode);
    }
}
