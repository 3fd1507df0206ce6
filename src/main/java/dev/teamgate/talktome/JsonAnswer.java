package dev.teamgate.talktome;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A 200 in JSON whatever the Accept header asks for: the vendor has no other representation. */
final class JsonAnswer {

    private JsonAnswer() {
    }

    static <T> ResponseEntity<T> ok(T body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
