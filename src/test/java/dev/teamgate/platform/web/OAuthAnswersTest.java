package dev.teamgate.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Nothing an OAuth endpoint answers may be cached. */
class OAuthAnswersTest {

    @Test
    void aPageIsUtf8HtmlAndNotStored() {
        ResponseEntity<String> page = OAuthAnswers.page("<p>Approve?</p>");

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getHeaders().getFirst("Content-Type")).isEqualTo("text/html;charset=UTF-8");
        assertThat(page.getHeaders().getFirst("Cache-Control")).isEqualTo("no-store");
        assertThat(page.getBody()).isEqualTo("<p>Approve?</p>");
    }

    @Test
    void aRedirectIsA302WithoutBodyAndNotStored() {
        ResponseEntity<String> redirect = OAuthAnswers.redirect("http://localhost:3000/cb?code=abc");

        assertThat(redirect.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(redirect.getHeaders().getFirst("Location")).isEqualTo("http://localhost:3000/cb?code=abc");
        assertThat(redirect.getHeaders().getFirst("Cache-Control")).isEqualTo("no-store");
        assertThat(redirect.getBody()).isNull();
    }

    @Test
    void tokensAreNeitherStoredNorCached() {
        ResponseEntity<String> tokens = OAuthAnswers.tokens().body("{}");

        assertThat(tokens.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(tokens.getHeaders().getFirst("Cache-Control")).isEqualTo("no-store");
        assertThat(tokens.getHeaders().getFirst("Pragma")).isEqualTo("no-cache");
    }
}
