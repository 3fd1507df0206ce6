package dev.teamgate.stackfield;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.account.AccountRepository;
import dev.teamgate.domain.file.StoredFile;
import dev.teamgate.domain.file.StoredFileRepository;
import dev.teamgate.domain.message.Message;
import dev.teamgate.domain.message.MessageRepository;
import dev.teamgate.domain.room.Room;
import dev.teamgate.domain.room.RoomMember;
import dev.teamgate.domain.room.RoomMemberRepository;
import dev.teamgate.domain.room.RoomRepository;
import dev.teamgate.domain.ticket.Ticket;
import dev.teamgate.domain.ticket.TicketRepository;
import dev.teamgate.domain.workspace.Workspace;
import dev.teamgate.domain.workspace.WorkspaceRepository;
import dev.teamgate.support.ServerTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Base of the Stackfield server tests: time frozen (the rate limit and the double-request window
 * run on the clock), helpers that call a webhook as a well-behaved client (one second after the
 * previous call, the documented limit) and read the resulting state from the shared domain.
 */
abstract class StackfieldServerTest extends ServerTest {

    static final Instant T0 = Instant.parse("2026-06-01T08:00:00Z");
    static final String OK = "{\"Result\":\"ok\"}";

    @Autowired TransactionTemplate tx;
    @Autowired WorkspaceRepository workspaces;
    @Autowired AccountRepository accounts;
    @Autowired RoomRepository rooms;
    @Autowired RoomMemberRepository roomMembers;
    @Autowired MessageRepository messages;
    @Autowired TicketRepository tickets;
    @Autowired StoredFileRepository storedFiles;

    @BeforeEach
    void freezeTime() {
        clock.freeze(T0);
    }

    static String webhookPath(String webhookId) {
        return "/stackfield/apiwh/" + webhookId;
    }

    /** Posts JSON one second after the previous call, so the 1-per-second limit never interferes. */
    ValidatableResponse postJson(String webhookId, String body) {
        clock.advance(Duration.ofSeconds(1));
        return given().contentType(ContentType.JSON).body(body).post(webhookPath(webhookId)).then();
    }

    /** Posts and expects HTTP 200 with exactly {@code expectedBody}. */
    void expect(String webhookId, String body, String expectedBody) {
        postJson(webhookId, body).statusCode(200).contentType(startsWith("application/json"))
                .body(equalTo(expectedBody));
    }

    static String result(String code, String text) {
        return "{\"Result\":\"" + code + "\",\"ErrorText\":\"" + text + "\"}";
    }

    <T> T read(Supplier<T> query) {
        return tx.execute(status -> query.get());
    }

    void change(Runnable work) {
        tx.executeWithoutResult(status -> work.run());
    }

    void changeWorkspace(String slug, Consumer<Workspace> change) {
        change(() -> change.accept(workspace(slug)));
    }

    Workspace workspace(String slug) {
        return workspaces.findByVendorAndSlug("stackfield", slug).orElseThrow();
    }

    Room room(String workspaceSlug, String roomSlug) {
        return rooms.findByWorkspaceAndSlug(workspace(workspaceSlug), roomSlug).orElseThrow();
    }

    Room roomByApiId(String roomId) {
        return rooms.findByWorkspaceAndExternalId(workspace("demo"), roomId).orElseThrow();
    }

    /** The demo room's messages as "event|authorName|title|content|app", oldest first. */
    List<String> demoRoomMessages() {
        return read(() -> messages.findOldest(room("demo", "demo-room"), 0, Long.MAX_VALUE, Pageable.unpaged()).stream()
                .map(StackfieldServerTest::describe).toList());
    }

    static String describe(Message m) {
        return m.getEvent() + "|" + m.getAuthorName() + "|" + m.getTitle() + "|" + m.getContent() + "|" + m.getApp();
    }

    List<Ticket> demoRoomTickets() {
        return read(() -> {
            Room room = room("demo", "demo-room");
            List<Ticket> found = tickets.findByWorkspaceOrderById(workspace("demo")).stream()
                    .filter(t -> t.getRoom() != null && t.getRoom().getId().equals(room.getId())).toList();
            found.forEach(t -> t.getParticipants().size());
            return found;
        });
    }

    static List<String> participantEmails(Ticket ticket) {
        return ticket.getParticipants().stream().map(Account::getEmail).sorted().toList();
    }

    Account account(String workspaceSlug, String email) {
        return read(() -> accounts.findByWorkspaceAndEmailIgnoreCase(workspace(workspaceSlug), email).orElseThrow());
    }

    /** Members of a demo-organization room by email, mapped to whether they are room admins. */
    Map<String, Boolean> members(String roomApiId) {
        return read(() -> roomMembers.findByRoom(roomByApiId(roomApiId)).stream()
                .collect(Collectors.toMap(m -> m.getAccount().getEmail(), RoomMember::isAdmin, (a, b) -> a,
                        java.util.TreeMap::new)));
    }

    List<StoredFile> demoFiles() {
        return read(() -> storedFiles.findByWorkspaceOrderById(workspace("demo")));
    }

    long accountCount(String workspaceSlug) {
        return read(() -> (long) accounts.findByWorkspaceOrderById(workspace(workspaceSlug)).size());
    }

    long roomCount(String workspaceSlug) {
        return read(() -> (long) rooms.findByWorkspaceOrderById(workspace(workspaceSlug)).size());
    }
}
