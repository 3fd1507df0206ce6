package dev.teamgate.talktome;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** What out-of-office and do-not-disturb answer once the change is stored. */
@JsonPropertyOrder({"success", "error", "message"})
record SavedAnswer(boolean success, boolean error, String message) {

    static SavedAnswer saved() {
        return new SavedAnswer(true, false, "The changes have been saved");
    }
}
