package dev.teamgate.flowdock;

import dev.teamgate.domain.room.Room;
import dev.teamgate.domain.thread.MessageThread;
import dev.teamgate.domain.thread.MessageThreadRepository;
import dev.teamgate.domain.thread.MessageThreadService;
import dev.teamgate.platform.auth.Caller;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Predicate;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A flow's threads, most recently updated first, {@value #PAGE} per page. When a page is full, a
 * {@code Link: <...threads?until=...>; rel="next"} header points at the next one.
 */
@RestController
@RequestMapping({FlowdockPaths.PREFIX, FlowdockPaths.V1})
@RequiredArgsConstructor
class ThreadsController {

    private static final int PAGE = 30;
    private static final int SCAN = 10_000;

    private final Directory directory;
    private final MessageThreadRepository threads;
    private final MessageThreadService threadService;
    private final ThreadMapper mapper;
    private final FlowdockLinks links;

    @Operation(summary = "List the threads of a flow",
            description = "Threads updated between `since` and `until` (ISO-8601), newest first; `application` (an app id, `chat` or `inbox`) and `empty=1` filter. A `Link: rel=\"next\"` header pages on.")
    @GetMapping("/flows/{org}/{flow}/threads")
    ResponseEntity<List<FlowdockWire.Thread>> list(HttpServletRequest request, Caller caller, @PathVariable String org,
                                                   @PathVariable String flow, FlowdockParams params) {
        FlowdockUser user = directory.user(caller);
        Scopes.require(caller, Scope.FLOW);
        Room room = directory.joinedFlow(user, org, flow);
        Instant since = instant(params, "since", Instant.EPOCH);
        Instant until = instant(params, "until", Instant.parse("9999-12-31T23:59:59Z"));
        boolean includeEmpty = params.bool("empty").orElse(false);
        String application = params.text("application").orElse(null);
        List<FlowdockWire.Thread> page = threads.findUpdatedBetween(room, since, until, PageRequest.of(0, SCAN))
                .stream()
                .filter(byApplication(application))
                .map(mapper::thread)
                .filter(t -> includeEmpty || t.activities() + t.internalComments() + t.externalComments() > 0)
                .limit(PAGE)
                .toList();
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        if (page.size() == PAGE) {
            String next = links.of(request).flow(room) + "/threads?until="
                    + URLEncoder.encode(page.get(PAGE - 1).updatedAt(), StandardCharsets.UTF_8)
                    + (application == null ? "" : "&application=" + URLEncoder.encode(application, StandardCharsets.UTF_8))
                    + (includeEmpty ? "&empty=1" : "");
            ok.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return ok.body(page);
    }

    @Operation(summary = "Get a thread",
            description = "One thread with its title, body, status, fields, actions and activity counts.")
    @GetMapping("/flows/{org}/{flow}/threads/{id}")
    FlowdockWire.Thread show(Caller caller, @PathVariable String org, @PathVariable String flow,
                             @PathVariable String id) {
        FlowdockUser user = directory.user(caller);
        Scopes.require(caller, Scope.FLOW);
        Room room = directory.joinedFlow(user, org, flow);
        return mapper.thread(threadService.find(room, id).orElseThrow(() -> FlowdockErrors.notFound("Thread not found")));
    }

    /** {@code chat}: threads started in the flow; {@code inbox}: threads of any source; else one application's. */
    private static Predicate<MessageThread> byApplication(String application) {
        if (application == null || application.isEmpty()) {
            return t -> true;
        }
        return switch (application) {
            case "chat" -> t -> t.getSource() == null;
            case "inbox" -> t -> t.getSource() != null;
            default -> t -> t.getSource() != null && application.equals(t.getSource().getApplicationRef());
        };
    }

    private static Instant instant(FlowdockParams params, String name, Instant fallback) {
        String text = params.text(name).orElse(null);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException again) {
                throw FlowdockErrors.invalid(name, "is not an ISO 8601 time");
            }
        }
    }
}
