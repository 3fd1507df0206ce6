package dev.teamgate.flowdock;

import dev.teamgate.domain.room.Room;
import dev.teamgate.platform.auth.Caller;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The streaming API (stream.flowdock.com), under {@code /flowdock/stream}: {@code GET /flows} with
 * {@code filter=org/flow,...} and/or {@code user=1}, or {@code GET /flows/:org/:flow}. Every flow
 * is checked before the stream opens, so a wrong one is an ordinary error response. The stream is
 * a JSON stream unless {@code Accept} (or the {@code accept} parameter) asks for
 * {@code text/event-stream}.
 */
@RestController
@RequestMapping(FlowdockPaths.STREAM)
@RequiredArgsConstructor
class StreamController {

    private final Directory directory;
    private final StreamHub hub;
    private final Presence presence;

    // The vendor call's one transaction covers opening the stream only, none while it is open: the
    // emitter outlives this method, and an idle stream must hold no pooled connection.
    @Operation(summary = "Stream flows",
            description = "A long-lived response of JSON events separated by `\\r` (or `text/event-stream` when asked): `filter` lists flows (`org/flow` or ids), `user=1` adds private messages, `active=true|idle` sets your presence. Swagger UI cannot show a stream that never ends: use curl.")
    @GetMapping("/flows")
    ResponseEntity<ResponseBodyEmitter> flows(HttpServletRequest request, Caller caller, FlowdockParams params) {
        FlowdockUser user = directory.user(caller);
        List<String> filter = params.list("filter");
        boolean privateMessages = params.bool("user").orElse(false);
        if (filter.isEmpty() && !privateMessages) {
            throw FlowdockErrors.invalid("filter", "can't be blank unless user=1");
        }
        Map<Long, String> rooms = new LinkedHashMap<>();
        if (!filter.isEmpty()) {
            Scopes.require(caller, Scope.FLOW);
            for (String reference : filter) {
                Room room = directory.requireJoined(user, directory.flowByReference(user, reference));
                rooms.put(room.getId(), room.getExternalId());
            }
        }
        if (privateMessages) {
            Scopes.require(caller, Scope.PRIVATE);
        }
        return open(request, user, params, rooms, privateMessages);
    }

    @Operation(summary = "Stream one flow",
            description = "The events of one flow, as `GET /stream/flows` does. Use curl rather than Swagger UI.")
    @GetMapping("/flows/{org}/{flow}")
    ResponseEntity<ResponseBodyEmitter> flow(HttpServletRequest request, Caller caller, @PathVariable String org,
                                             @PathVariable String flow, FlowdockParams params) {
        FlowdockUser user = directory.user(caller);
        Scopes.require(caller, Scope.FLOW);
        Room room = directory.joinedFlow(user, org, flow);
        boolean privateMessages = params.bool("user").orElse(false);
        if (privateMessages) {
            Scopes.require(caller, Scope.PRIVATE);
        }
        return open(request, user, params, Map.of(room.getId(), room.getExternalId()), privateMessages);
    }

    private ResponseEntity<ResponseBodyEmitter> open(HttpServletRequest request, FlowdockUser user,
                                                     FlowdockParams params, Map<Long, String> rooms,
                                                     boolean privateMessages) {
        String active = params.text("active").orElse("").toLowerCase(Locale.ROOT);
        if (active.equals("true")) {
            presence.active(user.id());
        } else if (active.equals("idle")) {
            presence.ping(user.id());
        }
        boolean eventStream = wantsEventStream(request, params);
        // 0 = no timeout: a stream stays open until the client leaves or the server resets
        ResponseBodyEmitter emitter = eventStream ? new SseEmitter(0L) : new ResponseBodyEmitter(0L);
        StreamSubscription subscription = new StreamSubscription(emitter, eventStream, rooms.keySet(),
                privateMessages ? user.id() : null);
        hub.open(subscription, eventStream ? lastEventId(request) : null);
        if (active.equals("true")) {
            // everyone streaming these flows (this stream too) learns that the user is active
            hub.userActive(user.id(), rooms, presence.lastActivity(user.id()));
        }
        // an immediate keep-alive sends the headers, so the client knows the stream is open
        subscription.keepAlive();
        MediaType type = eventStream ? MediaType.TEXT_EVENT_STREAM : JsonCharsetAdvice.JSON_UTF8;
        return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noCache())
                .header("X-Accel-Buffering", "no").body(emitter);
    }

    private static boolean wantsEventStream(HttpServletRequest request, FlowdockParams params) {
        String accept = params.text("accept").orElse(request.getHeader("Accept"));
        return accept != null && accept.toLowerCase(Locale.ROOT).contains(MediaType.TEXT_EVENT_STREAM_VALUE);
    }

    private static Long lastEventId(HttpServletRequest request) {
        String header = request.getHeader("Last-Event-ID");
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
