package dev.teamgate.talktome;

/**
 * How a vacation replacement is kept in {@code Account.substitution}: the talkToMe id of the
 * replacing account, or {@code channel:} followed by the id of the channel that takes the
 * messages. No extra column: the account's one substitution field holds either target.
 */
final class Substitution {

    private static final String CHANNEL_PREFIX = "channel:";

    private Substitution() {
    }

    static String ofAccount(String talkToMeId) {
        return talkToMeId;
    }

    static String ofChannel(String channelId) {
        return CHANNEL_PREFIX + channelId;
    }

    /** What person-info shows: the account's or the channel's id; the empty string when none is set. */
    static String display(String stored) {
        if (stored == null) {
            return "";
        }
        return stored.startsWith(CHANNEL_PREFIX) ? stored.substring(CHANNEL_PREFIX.length()) : stored;
    }
}
