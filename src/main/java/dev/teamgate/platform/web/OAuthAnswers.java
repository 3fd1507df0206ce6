package dev.teamgate.platform.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The HTTP answers of OAuth 2.0 endpoints, the same for every vendor that has them, and none of them
 * cacheable: a consent page carries one request's parameters, a redirect one request's code or
 * error, and a token answer the tokens (RFC 6749 section 5.1: {@code Cache-Control: no-store},
 * {@code Pragma: no-cache}). The vendor writes the bodies.
 */
public final class OAuthAnswers {

    private OAuthAnswers() {
    }

    /** A page of the browser step (consent, an out-of-band code) as UTF-8 HTML. */
    public static ResponseEntity<String> page(String html) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(html);
    }

    /** The browser step's 302 back to the app (or to a page of the vendor's). */
    public static ResponseEntity<String> redirect(String location) {
        return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, location)
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    /** A 200 from the token endpoint, ready for the vendor's body. */
    public static ResponseEntity.BodyBuilder tokens() {
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store").header(HttpHeaders.PRAGMA, "no-cache");
    }
}
