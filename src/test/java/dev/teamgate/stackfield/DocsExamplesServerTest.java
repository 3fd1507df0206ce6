package dev.teamgate.stackfield;

import static dev.teamgate.stackfield.SeededWebhooks.CHAT;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import dev.teamgate.domain.account.AccountStatus;
import dev.teamgate.domain.file.StoredFile;
import dev.teamgate.domain.ticket.Ticket;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The curl examples of Stackfield's developer page, replayed verbatim against the seed: the same
 * method, headers and body bytes as printed, with only the host changed. The page prints one
 * webhook id for every example, while a real webhook URL is bound to one kind; so each example is
 * replayed against the seeded webhook of its kind (the Chat example keeps the page's own id), and
 * one test replays them all against the page's id unchanged to show what that id, a Chat webhook,
 * makes of them.
 */
class DocsExamplesServerTest extends StackfieldServerTest {

    static final String DOCS_WEBHOOK_ID = "e5a1cfbd-970e-45a1-b81c-3e004f9bdab5";

    ValidatableResponse replay(String section, String webhookId) {
        return replay(CurlExample.of(section), webhookId);
    }

    ValidatableResponse replay(CurlExample example, String webhookId) {
        clock.advance(Duration.ofSeconds(1));
        RequestSpecification request = given().config(RestAssuredConfig.config().encoderConfig(
                EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)));
        example.headers().forEach(request::header);
        if (example.body() != null) {
            request.body(example.body().getBytes(StandardCharsets.UTF_8));
        }
        if (example.filePart() != null) {
            // curl sends the base name and guesses the type from the extension, as here
            request.multiPart(example.filePart(), example.fileName(), "JPEG bytes".getBytes(StandardCharsets.UTF_8),
                    URLConnection.guessContentTypeFromName(example.fileName()));
        }
        String path = "/stackfield" + example.path().replace(DOCS_WEBHOOK_ID, webhookId);
        return request.request(example.method(), path).then().statusCode(200);
    }

    @Test
    void theExamplesAreReadAsPrinted() {
        List<CurlExample> examples = CurlExample.all();
        assertThat(examples).hasSize(13);
        assertThat(examples).allSatisfy(e -> assertThat(e.url()).endsWith("/apiwh/" + DOCS_WEBHOOK_ID));
        assertThat(CurlExample.of("Discussions").body())
                .isEqualTo("{\"Title\":\"That's a title!\", \"Content\":\"Look at that description!\"}");
        assertThat(CurlExample.of("Files").fileName()).isEqualTo("MyImage.jpg");
    }

    @Test
    void chatMessages() {
        replay("Chat Messages", CHAT).body(equalTo(OK));
        assertThat(demoRoomMessages()).containsExactly("chat|Docs example (Chat)|null|Hello World!|webhook");
    }

    @Test
    void discussions() {
        replay("Discussions", SeededWebhooks.DISCUSSION).body(equalTo(OK));
        assertThat(demoRoomMessages())
                .containsExactly("discussion|Discussion WebHook|That's a title!|Look at that description!|webhook");
    }

    @Test
    void tasks() {
        replay("Tasks", SeededWebhooks.TASK).body(equalTo(OK));
        Ticket task = demoRoomTickets().get(0);
        assertThat(task.getSubject()).isEqualTo("That's a title!");
        assertThat(task.getDescription()).isEqualTo("Look at that description!");
        assertThat(task.getStartsAt()).isEqualTo(Instant.parse("2019-07-08T22:00:00Z"));
        assertThat(task.getEndsAt()).isNull();
        assertThat(participantEmails(task)).containsExactly("user1@demo.de", "user2@demo.de");
    }

    @Test
    void pages() {
        replay("Pages", SeededWebhooks.PAGE).body(equalTo(OK));
        assertThat(demoRoomMessages()).containsExactly("page|Page WebHook|That's a title!|Look at that description!|webhook");
    }

    @Test
    void files() {
        replay("Files", SeededWebhooks.FILE).body(equalTo(OK));
        assertThat(demoFiles()).extracting(StoredFile::getName, StoredFile::getContentType, StoredFile::getSizeBytes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MyImage.jpg", "image/jpeg", 10L));
    }

    @Test
    void events() {
        replay("Events", SeededWebhooks.EVENT).body(equalTo(OK));
        Ticket event = demoRoomTickets().get(0);
        assertThat(event.getStatus()).isEqualTo("scheduled");
        assertThat(event.getStartsAt()).isEqualTo(Instant.parse("2019-07-08T22:00:00Z"));
        assertThat(event.getEndsAt()).isEqualTo(Instant.parse("2019-07-08T23:00:00Z"));
        assertThat(participantEmails(event)).containsExactly("user1@demo.de", "user2@demo.de");
    }

    @Test
    void theUserExamplesInThePagesOrder() {
        replay("Adding Users to the Organization", SeededWebhooks.ORGANIZATION).body(equalTo(OK));
        assertThat(account("demo", "apitester01@webhook.de").getName()).isEqualTo("Api Tester01");

        replay("Removing User from the Organization", SeededWebhooks.ORGANIZATION).body(equalTo(OK));
        assertThat(account("demo", "apiTester01@webhook.de").getStatus()).isEqualTo(AccountStatus.REMOVED);

        // the page's next example deactivates the user its previous example removed
        replay("Deactivating Users", SeededWebhooks.ORGANIZATION)
                .body(equalTo(result("4075", "Invalid request. User with email not member of this organization.")));
    }

    @Test
    void deactivatingUsers() {
        replay("Adding Users to the Organization", SeededWebhooks.ORGANIZATION).body(equalTo(OK));
        replay("Deactivating Users", SeededWebhooks.ORGANIZATION).body(equalTo(OK));
        assertThat(account("demo", "apiTester01@webhook.de").getStatus()).isEqualTo(AccountStatus.DEACTIVATED);
    }

    @Test
    void creatingRoomsAsPrintedIsBrokenJson4031() {
        long before = roomCount("demo");
        replay("Creating Rooms", SeededWebhooks.ORGANIZATION).body(equalTo(result("4031", "Invalid request.")));
        assertThat(roomCount("demo")).isEqualTo(before);
    }

    @Test
    void creatingRoomsWithTheQuoteRepaired() {
        CurlExample printed = CurlExample.of("Creating Rooms");
        CurlExample repaired = new CurlExample(printed.section(), printed.method(), printed.headers(),
                printed.body().replace("9491-12', \"Users\"", "9491-12\", \"Users\""), null, null, printed.url());

        String reply = replay(repaired, SeededWebhooks.ORGANIZATION)
                .body(matchesPattern("\\{\"Result\":\"ok\",\"RoomId\":\"[0-9a-f-]{36}\"}")).extract().asString();
        String roomId = reply.substring(reply.indexOf("\"RoomId\":\"") + 10, reply.length() - 2);
        assertThat(read(() -> roomByApiId(roomId).getName())).isEqualTo("webhook room from template6");
        assertThat(read(() -> roomByApiId(roomId).getDescription())).isEqualTo("neuer webhook room desc");
        assertThat(members(roomId)).isEqualTo(Map.of("remtester@mail.de", true));
    }

    @Test
    void archivingRooms() {
        replay("Archiving Rooms", SeededWebhooks.ROOM_SETTINGS).body(equalTo(OK));
        assertThat(read(() -> roomByApiId(SeededWebhooks.PROJECTS_ROOM_ID).isArchived())).isTrue();
    }

    @Test
    void addingUsersToARoom() {
        replay("Adding Users to a Room", SeededWebhooks.ROOM_SETTINGS).body(equalTo(OK));
        assertThat(members(SeededWebhooks.PROJECTS_ROOM_ID)).containsEntry("remtester@mail.de", true);
    }

    @Test
    void removingUsersFromARoom() {
        replay("Removing Users from a Room", SeededWebhooks.ROOM_SETTINGS).body(equalTo(OK));
        assertThat(members(SeededWebhooks.PROJECTS_ROOM_ID)).isEqualTo(Map.of("ada@demo.de", true));
    }

    @Test
    void everyExampleAgainstThePagesOwnWebhookIdWhichIsAChatWebhook() {
        String titleEmpty = result("4050", "Invalid request. Title is null or empty.");
        String invalid = result("4031", "Invalid request.");
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("Chat Messages", OK);
        expected.put("Discussions", OK);
        expected.put("Tasks", OK);
        expected.put("Pages", result("4057", "Double request."));
        expected.put("Files", invalid);
        expected.put("Events", OK);
        expected.put("Adding Users to the Organization", titleEmpty);
        expected.put("Removing User from the Organization", titleEmpty);
        expected.put("Deactivating Users", titleEmpty);
        expected.put("Creating Rooms", invalid);
        expected.put("Archiving Rooms", titleEmpty);
        expected.put("Adding Users to a Room", titleEmpty);
        expected.put("Removing Users from a Room", titleEmpty);

        for (CurlExample example : CurlExample.all()) {
            replay(example, DOCS_WEBHOOK_ID).body(equalTo(expected.get(example.section())));
        }

        // the Pages body is the Discussions body again, two seconds later: a double request
        assertThat(demoRoomMessages()).containsExactly(
                "chat|Docs example (Chat)|null|Hello World!|webhook",
                "chat|Docs example (Chat)|null|That's a title!|webhook",
                "chat|Docs example (Chat)|null|That's a title!|webhook",
                "chat|Docs example (Chat)|null|That's a title!|webhook");
        assertThat(demoRoomTickets()).isEmpty();
    }
}
