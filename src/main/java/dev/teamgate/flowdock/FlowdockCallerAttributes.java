package dev.teamgate.flowdock;

import dev.teamgate.platform.auth.Caller;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What {@link FlowdockAuthenticator} notes on a {@link Caller} beyond the platform's fields, and the
 * typed reads of it: a person's Flowdock user id and whether they came with an OAuth token, or the
 * room token a source authenticated with. The attribute names stay in here.
 */
final class FlowdockCallerAttributes {

    private static final String USER = "flowdock.user";
    private static final String OAUTH = "flowdock.oauth";
    private static final String ROOM_TOKEN = "flowdock.roomToken";

    private FlowdockCallerAttributes() {
    }

    static Map<String, Object> ofUser(String userId, boolean oauth) {
        return Map.of(USER, userId, OAUTH, oauth);
    }

    static Map<String, Object> ofRoomToken(long credentialId) {
        return Map.of(ROOM_TOKEN, credentialId);
    }

    /** The Flowdock user id of a caller, or null for a source or nobody. */
    static @Nullable String userId(@Nullable Caller caller) {
        return caller == null ? null : (String) caller.attributes().get(USER);
    }

    /** True for a person who authenticated with an OAuth access token (so OAuth scopes apply). */
    static boolean viaOAuth(@Nullable Caller caller) {
        return caller != null && Boolean.TRUE.equals(caller.attributes().get(OAUTH));
    }

    /** The id of the room token (credential) a source authenticated with, or null. */
    static @Nullable Long roomTokenId(@Nullable Caller caller) {
        return caller == null ? null : (Long) caller.attributes().get(ROOM_TOKEN);
    }
}
