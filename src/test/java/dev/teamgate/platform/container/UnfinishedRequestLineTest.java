package dev.teamgate.platform.container;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnfinishedRequestLineTest {

    @Test
    void thePathOfALineThatNeverEndedIsReadUpToTheQuery() {
        assertThat(UnfinishedRequestLine.path("GET /commflow/v1/tickets?x=" + "a".repeat(9000)))
                .contains("/commflow/v1/tickets");
        assertThat(UnfinishedRequestLine.path("\r\nPOST /flowdock/" + "b".repeat(9000)))
                .contains("/flowdock/" + "b".repeat(9000));
    }

    @Test
    void aFinishedLineOrNoPathIsNotAnUnfinishedRequestLine() {
        assertThat(UnfinishedRequestLine.path("GET /commflow/v1/tickets HTTP/1.1\r\nX-Big: bbbb")).isEmpty();
        assertThat(UnfinishedRequestLine.path("GETGETGET")).isEmpty();
        assertThat(UnfinishedRequestLine.path("GET http://host/commflow")).isEmpty();
        assertThat(UnfinishedRequestLine.path("")).isEmpty();
    }
}
