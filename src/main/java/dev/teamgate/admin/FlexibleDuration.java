package dev.teamgate.admin;

import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.convert.DurationStyle;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * A control-plane duration in either form the configuration takes: ISO-8601 ({@code PT1M}) or
 * Spring's simple form ({@code 1m}, {@code 500ms}, {@code 2h}); a bare number is seconds, as
 * Jackson reads it. README examples and {@code application.yaml} values can then be pasted as
 * they are. Anything else is the usual "wrong type" 400 naming the field.
 */
class FlexibleDuration extends StdDeserializer<Duration> {

    FlexibleDuration() {
        super(Duration.class);
    }

    @Override
    public Duration deserialize(JsonParser p, DeserializationContext ctxt) {
        if (p.currentToken() == JsonToken.VALUE_NUMBER_INT || p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
            BigDecimal seconds = p.getDecimalValue();
            return Duration.ofNanos(seconds.movePointRight(9).longValueExact());
        }
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return (Duration) ctxt.handleUnexpectedToken(Duration.class, p);
        }
        String text = p.getString().trim();
        try {
            return DurationStyle.detectAndParse(text);
        } catch (IllegalArgumentException e) {
            return (Duration) ctxt.handleWeirdStringValue(Duration.class, text,
                    "a duration is PT1M (ISO-8601) or 1m (500ms, 30s, 2h, 1d)");
        }
    }
}
