package dev.teamgate.flowdock;

import dev.teamgate.domain.message.Message;
import dev.teamgate.domain.room.Room;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The answer to a post. Without {@code X-flowdock-wait-for-message} Flowdock only acknowledges it
 * (202, empty body); with it, the stored message comes back (200) with a {@code Link} to its comments.
 */
@Component
@RequiredArgsConstructor
class PostReply {

    private static final String WAIT_HEADER = "X-flowdock-wait-for-message";

    private final MessageMapper mapper;
    private final FlowdockLinks links;

    ResponseEntity<Object> reply(HttpServletRequest request, Room room, Message stored, HttpStatus acknowledged) {
        if (!wantsMessage(request)) {
            return acknowledged == HttpStatus.ACCEPTED
                    ? ResponseEntity.accepted().build()
                    : ResponseEntity.status(acknowledged).body(java.util.Map.of());
        }
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        if (FlowRooms.isFlow(room)) {
            String comments = links.of(request).message(room, stored.getSeq()) + "/comments";
            ok.header(HttpHeaders.LINK, "<" + comments + ">; rel=\"comments\"");
        }
        return ok.body(mapper.message(stored));
    }

    static boolean wantsMessage(HttpServletRequest request) {
        String value = request.getHeader(WAIT_HEADER);
        if (value == null) {
            return false;
        }
        String normalized = value.trim().toLowerCase(Locale.ROOT);
        return !normalized.equals("false") && !normalized.equals("0") && !normalized.equals("no");
    }
}
