package dev.teamgate.stackfield;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Every reply of a Stackfield webhook: {@code {"Result":"ok"}}, {@code {"Result":"ok","RoomId":"…"}}
 * after CreateRoom, or {@code {"Result":"<code>","ErrorText":"<text>"}}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"Result", "ErrorText", "RoomId"})
record WebhookResult(@JsonProperty("Result") String result,
                     @JsonProperty("ErrorText") String errorText,
                     @JsonProperty("RoomId") String roomId) {

    static final WebhookResult OK = new WebhookResult("ok", null, null);

    static WebhookResult roomCreated(String roomId) {
        return new WebhookResult("ok", null, roomId);
    }

    static WebhookResult error(String code, String text) {
        return new WebhookResult(code, text, null);
    }
}
