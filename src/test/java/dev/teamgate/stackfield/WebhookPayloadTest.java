package dev.teamgate.stackfield;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamgate.platform.error.ApiProblemException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** How webhook bodies are read. */
class WebhookPayloadTest {

    final ObjectMapper json = JsonMapper.builder().build();

    WebhookPayload parse(String body) {
        return WebhookPayload.parse(body.getBytes(StandardCharsets.UTF_8), json);
    }

    static String codeOf(Runnable action) {
        try {
            action.run();
        } catch (ApiProblemException e) {
            return e.problem().code() + " " + e.problem().message();
        }
        return "no problem";
    }

    @Test
    void bodiesThatAreNotJsonObjects() {
        assertThat(codeOf(() -> parse(""))).isEqualTo("4031 Invalid request.");
        assertThat(codeOf(() -> parse("  \n"))).isEqualTo("4031 Invalid request.");
        assertThat(codeOf(() -> parse("{\"Title\":\"That's a title!\" \"Content\":1}"))).isEqualTo("4031 Invalid request.");
        assertThat(codeOf(() -> parse("[1,2]"))).isEqualTo("4034 Invalid request.");
        assertThat(codeOf(() -> parse("42"))).isEqualTo("4034 Invalid request.");
    }

    @Test
    void namesIgnoreCaseAndScalarsReadAsText() {
        WebhookPayload payload = parse("{\"tItLe\":true,\"content\":12.5,\"Empty\":null}");
        assertThat(payload.title(100)).isEqualTo("true");
        assertThat(payload.text("Content", 100)).contains("12.5");
        assertThat(payload.text("Empty", 100)).isEmpty();
        assertThat(payload.text("Missing", 100)).isEmpty();
        assertThat(codeOf(() -> payload.text("Content", 3))).isEqualTo("4056 Invalid request. Property could not be parsed.");
    }

    @Test
    void datesInEveryAcceptedForm() {
        WebhookPayload payload = parse("""
                {"A":"2019-07-08 22:00","B":"2019-07-08 22:00:15","C":"2019-07-08T22:00","D":"2019-07-08",
                 "E":"2019-07-08T22:00:00+02:00","F":"2019-07-08T22:00:00Z","G":" ","H":"08.07.2019 22:00","I":"2019-13-01"}""");
        assertThat(payload.date("A")).contains(Instant.parse("2019-07-08T22:00:00Z"));
        assertThat(payload.date("B")).contains(Instant.parse("2019-07-08T22:00:15Z"));
        assertThat(payload.date("C")).contains(Instant.parse("2019-07-08T22:00:00Z"));
        assertThat(payload.date("D")).contains(Instant.parse("2019-07-08T00:00:00Z"));
        assertThat(payload.date("E")).contains(Instant.parse("2019-07-08T20:00:00Z"));
        assertThat(payload.date("F")).contains(Instant.parse("2019-07-08T22:00:00Z"));
        assertThat(payload.date("G")).isEmpty();
        assertThat(codeOf(() -> payload.date("H"))).startsWith("4056");
        assertThat(codeOf(() -> payload.date("I"))).startsWith("4056");
    }

    @Test
    void usersAsEmailsOrObjects() {
        WebhookPayload payload = parse("""
                {"Users":["a@demo.de",{"email":" b@demo.de ","groupid":"3","isadmin":"TRUE"},{"Email":"c@demo.de","GroupId":1,"IsAdmin":false}]}""");
        assertThat(payload.users("Users")).containsExactly(
                new WebhookPayload.UserEntry("a@demo.de", null, null),
                new WebhookPayload.UserEntry("b@demo.de", 3, true),
                new WebhookPayload.UserEntry("c@demo.de", 1, false));
        assertThat(parse("{}").users("Users")).isEmpty();
    }

    @Test
    void badUserEntries() {
        assertThat(codeOf(() -> parse("{\"Users\":{\"Email\":\"a@demo.de\"}}").users("Users"))).startsWith("4056 Invalid request. Property");
        assertThat(codeOf(() -> parse("{\"Users\":[[\"a@demo.de\"]]}").users("Users"))).startsWith("4056 Invalid request. Property");
        assertThat(codeOf(() -> parse("{\"Users\":[\"a@demo\"]}").users("Users"))).isEqualTo("4056 Invalid request. User contains invalid email.");
        assertThat(codeOf(() -> parse("{\"Users\":[null]}").users("Users"))).startsWith("4056 Invalid request. Property");
        assertThat(codeOf(() -> parse("{\"Users\":[{\"Email\":\"a@demo.de\",\"GroupId\":\"x\"}]}").users("Users"))).startsWith("4056 Invalid request. Property");
        assertThat(codeOf(() -> parse("{\"Users\":[{\"Email\":\"a@demo.de\",\"IsAdmin\":1}]}").users("Users"))).startsWith("4056 Invalid request. Property");
        assertThat(codeOf(() -> parse("{\"Users\":[\"" + "a".repeat(320) + "@demo.de\"]}").users("Users")))
                .isEqualTo("4056 Invalid request. User contains invalid email.");
    }

    @Test
    void integers() {
        WebhookPayload payload = parse("{\"A\":2,\"B\":\" 4 \",\"C\":2.5,\"D\":\"two\",\"E\":99999999999}");
        assertThat(payload.integer("A")).contains(2);
        assertThat(payload.integer("B")).contains(4);
        assertThat(codeOf(() -> payload.integer("C"))).startsWith("4056");
        assertThat(codeOf(() -> payload.integer("D"))).startsWith("4056");
        assertThat(codeOf(() -> payload.integer("E"))).startsWith("4056");
    }
}
