package dev.teamgate.talktome;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The envelope of every failed call: {@code {"success":false,"error":true,"message":"..."}}. */
@JsonPropertyOrder({"success", "error", "message"})
record ErrorAnswer(boolean success, boolean error, String message) {

    static ErrorAnswer of(String message) {
        return new ErrorAnswer(false, true, message);
    }
}
