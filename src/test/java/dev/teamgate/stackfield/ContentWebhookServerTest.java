package dev.teamgate.stackfield;

import static dev.teamgate.stackfield.SeededWebhooks.CHAT;
import static dev.teamgate.stackfield.SeededWebhooks.DISCUSSION;
import static dev.teamgate.stackfield.SeededWebhooks.EVENT;
import static dev.teamgate.stackfield.SeededWebhooks.PAGE;
import static dev.teamgate.stackfield.SeededWebhooks.TASK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.teamgate.domain.ticket.Ticket;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Chat, Discussion, Page, Task and Event webhooks: their replies and what they leave in the room. */
class ContentWebhookServerTest extends StackfieldServerTest {

    static final String TITLE_EMPTY = result("4050", "Invalid request. Title is null or empty.");
    static final String UNPARSABLE = result("4056", "Invalid request. Property could not be parsed.");

    @Test
    void aChatWebhookPostsTheTitleAsAChatMessage() {
        expect(CHAT, "{\"Title\":\"Build 42 passed\"}", OK);

        assertThat(demoRoomMessages()).containsExactly("chat|Docs example (Chat)|null|Build 42 passed|webhook");
    }

    @Test
    void aDiscussionWebhookStartsADiscussionWithTitleAndContent() {
        expect(DISCUSSION, "{\"Title\":\"Release plan\",\"Content\":\"What goes into 2.0?\"}", OK);

        assertThat(demoRoomMessages()).containsExactly("discussion|Discussion WebHook|Release plan|What goes into 2.0?|webhook");
    }

    @Test
    void aPageWebhookCreatesAPageAndContentIsOptional() {
        expect(PAGE, "{\"Title\":\"Onboarding\"}", OK);

        assertThat(demoRoomMessages()).containsExactly("page|Page WebHook|Onboarding|null|webhook");
    }

    @Test
    void aTaskWebhookCreatesATicketWithDatesAndAssignedUsers() {
        expect(TASK, """
                {"Title":"Write report","Content":"Q2 numbers","DateStart":"2026-06-02 09:00","DateEnd":"2026-06-03 17:30",
                 "Users":["user2@demo.de","USER1@demo.de"]}""", OK);

        List<Ticket> created = demoRoomTickets();
        assertThat(created).hasSize(1);
        Ticket task = created.get(0);
        assertThat(task.getExternalId()).startsWith("task-");
        assertThat(task.getSubject()).isEqualTo("Write report");
        assertThat(task.getDescription()).isEqualTo("Q2 numbers");
        assertThat(task.getStatus()).isEqualTo("open");
        assertThat(task.getStartsAt()).isEqualTo(Instant.parse("2026-06-02T09:00:00Z"));
        assertThat(task.getEndsAt()).isEqualTo(Instant.parse("2026-06-03T17:30:00Z"));
        assertThat(participantEmails(task)).containsExactly("user1@demo.de", "user2@demo.de");
        assertThat(task.getCreatedAt()).isEqualTo(T0.plusSeconds(1));
    }

    @Test
    void aTaskNeedsOnlyATitle() {
        expect(TASK, "{\"Title\":\"Just do it\"}", OK);

        Ticket task = demoRoomTickets().get(0);
        assertThat(task.getStartsAt()).isNull();
        assertThat(task.getEndsAt()).isNull();
        assertThat(task.getDescription()).isNull();
        assertThat(task.getParticipants()).isEmpty();
    }

    @Test
    void anEventWebhookCreatesAScheduledTicketWithInvitedUsers() {
        expect(EVENT, """
                {"Title":"Sprint review","Content":"Demo time","DateStart":"2026-06-05 14:00","DateEnd":"2026-06-05 15:00",
                 "Users":["user1@demo.de"]}""", OK);

        Ticket event = demoRoomTickets().get(0);
        assertThat(event.getExternalId()).startsWith("event-");
        assertThat(event.getStatus()).isEqualTo("scheduled");
        assertThat(event.getSubject()).isEqualTo("Sprint review");
        assertThat(event.getDescription()).isEqualTo("Demo time");
        assertThat(event.getStartsAt()).isEqualTo(Instant.parse("2026-06-05T14:00:00Z"));
        assertThat(event.getEndsAt()).isEqualTo(Instant.parse("2026-06-05T15:00:00Z"));
        assertThat(participantEmails(event)).containsExactly("user1@demo.de");
    }

    @Test
    void datesAlsoParseWithSecondsATAnOffsetOrAsABareDate() {
        expect(EVENT, "{\"Title\":\"a\",\"DateStart\":\"2026-06-05T13:00:30\",\"DateEnd\":\"2026-06-05T16:00:00+02:00\"}", OK);
        expect(TASK, "{\"Title\":\"b\",\"DateStart\":\"2026-06-06\"}", OK);

        List<Ticket> created = demoRoomTickets();
        assertThat(created.get(0).getStartsAt()).isEqualTo(Instant.parse("2026-06-05T13:00:30Z"));
        assertThat(created.get(0).getEndsAt()).isEqualTo(Instant.parse("2026-06-05T14:00:00Z"));
        assertThat(created.get(1).getStartsAt()).isEqualTo(Instant.parse("2026-06-06T00:00:00Z"));
    }

    @Test
    void propertyNamesMatchWithoutRegardToCase() {
        expect(DISCUSSION, "{\"title\":\"lower\",\"CONTENT\":\"upper\"}", OK);

        assertThat(demoRoomMessages()).containsExactly("discussion|Discussion WebHook|lower|upper|webhook");
    }

    @Test
    void everyContentKindAnswers4050ForAMissingOrEmptyTitle() {
        expect(CHAT, "{}", TITLE_EMPTY);
        expect(CHAT, "{\"Title\":\"   \"}", TITLE_EMPTY);
        expect(DISCUSSION, "{\"Title\":null,\"Content\":\"x\"}", TITLE_EMPTY);
        expect(PAGE, "{\"Content\":\"x\"}", TITLE_EMPTY);
        expect(TASK, "{\"Title\":\"\"}", TITLE_EMPTY);
        expect(EVENT, "{\"DateStart\":\"2026-06-05 14:00\",\"DateEnd\":\"2026-06-05 15:00\"}", TITLE_EMPTY);

        assertThat(demoRoomMessages()).isEmpty();
        assertThat(demoRoomTickets()).isEmpty();
    }

    @Test
    void dateEndBeforeDateStartIs4055() {
        String dateEndFirst = result("4055", "Invalid request. DateEnd is before DateStart.");
        expect(TASK, "{\"Title\":\"t\",\"DateStart\":\"2026-06-05 14:00\",\"DateEnd\":\"2026-06-05 13:59\"}", dateEndFirst);
        expect(EVENT, "{\"Title\":\"e\",\"DateStart\":\"2026-06-05 14:00\",\"DateEnd\":\"2026-06-04 14:00\"}", dateEndFirst);

        assertThat(demoRoomTickets()).isEmpty();
    }

    @Test
    void anInvalidEmailInUsersIs4056() {
        String invalidEmail = result("4056", "Invalid request. User contains invalid email.");
        expect(TASK, "{\"Title\":\"t\",\"Users\":[\"user1@demo.de\",\"not-an-email\"]}", invalidEmail);
        expect(EVENT, "{\"Title\":\"e\",\"DateStart\":\"2026-06-05 14:00\",\"DateEnd\":\"2026-06-05 15:00\",\"Users\":[\"@demo.de\"]}",
                invalidEmail);

        assertThat(demoRoomTickets()).isEmpty();
    }

    @Test
    void anUnparsablePropertyIs4056() {
        expect(TASK, "{\"Title\":\"t\",\"DateStart\":\"next tuesday\"}", UNPARSABLE);
        expect(TASK, "{\"Title\":\"t\",\"DateEnd\":\"2026-02-30 10:00\"}", UNPARSABLE);
        expect(CHAT, "{\"Title\":{\"text\":\"nested\"}}", UNPARSABLE);
        expect(TASK, "{\"Title\":\"t\",\"Users\":\"user1@demo.de\"}", UNPARSABLE);
        expect(DISCUSSION, "{\"Title\":\"" + "x".repeat(1001) + "\"}", UNPARSABLE);

        assertThat(demoRoomMessages()).isEmpty();
        assertThat(demoRoomTickets()).isEmpty();
    }

    @Test
    void anEventWithoutItsDatesIs4056() {
        expect(EVENT, "{\"Title\":\"e\",\"DateEnd\":\"2026-06-05 15:00\"}", UNPARSABLE);
        expect(EVENT, "{\"Title\":\"e\",\"DateStart\":\"2026-06-05 15:00\"}", UNPARSABLE);

        assertThat(demoRoomTickets()).isEmpty();
    }

    @Test
    void aUserWhoIsNotInTheOrganizationIs4075() {
        expect(TASK, "{\"Title\":\"t\",\"Users\":[\"user1@demo.de\",\"stranger@elsewhere.example\"]}",
                result("4075", "Invalid request. User with email not member of this organization."));

        assertThat(demoRoomTickets()).isEmpty();
    }

    @Test
    void scalarsAreReadAsText() {
        expect(CHAT, "{\"Title\":42}", OK);

        assertThat(demoRoomMessages()).containsExactly("chat|Docs example (Chat)|null|42|webhook");
    }

    @Test
    void aLongChatMessageIsKept() {
        String longText = "y".repeat(50_000);
        expect(CHAT, "{\"Title\":\"" + longText + "\"}", OK);

        assertThat(demoRoomMessages()).containsExactly("chat|Docs example (Chat)|null|" + longText + "|webhook");
    }

    @Test
    void moreUsersThanAllowedPerRequestIs4073() {
        String users = IntStream.range(0, 101).mapToObj(i -> "\"u" + i + "@demo.de\"").collect(Collectors.joining(","));
        expect(TASK, "{\"Title\":\"t\",\"Users\":[" + users + "]}", result("4073", "To many invitations"));

        assertThat(demoRoomTickets()).isEmpty();
    }
}
