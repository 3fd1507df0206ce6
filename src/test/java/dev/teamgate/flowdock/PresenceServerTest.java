package dev.teamgate.flowdock;

import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Presence lives in memory and moves with every request, no database write involved: a flow's
 * users show each one's latest request even when the same GET was answered a moment earlier.
 */
class PresenceServerTest extends FlowdockServerTest {

    static final Instant FIRST = Instant.parse("2026-06-01T08:00:00Z");
    static final String MIKE_PING = "users.find { it.nick == 'Mike' }.last_ping";

    @Test
    void aFlowShowsEachUsersLatestRequestEvenRightAfterTheSameRequest() {
        clock.freeze(FIRST);
        as(MIKE).get("/flowdock/users").then().statusCode(200);
        as(JOE).get("/flowdock/flows/acme/my-flow").then().statusCode(200)
                .body(MIKE_PING, equalTo(FIRST.toEpochMilli()));

        clock.advance(Duration.ofMinutes(5));
        as(MIKE).get("/flowdock/users").then().statusCode(200);
        as(JOE).get("/flowdock/flows/acme/my-flow").then().statusCode(200)
                .body(MIKE_PING, equalTo(FIRST.plus(Duration.ofMinutes(5)).toEpochMilli()));
    }
}
