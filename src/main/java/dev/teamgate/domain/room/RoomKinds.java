package dev.teamgate.domain.room;

/** The room kinds the built-in vendors use; any other string is allowed too. */
public final class RoomKinds {

    public static final String CHANNEL = "channel";
    public static final String CONVERSATION = "conversation";
    public static final String FEED = "feed";
    public static final String PRIVATE = "private";

    private RoomKinds() {
    }
}
