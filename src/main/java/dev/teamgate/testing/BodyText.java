package dev.teamgate.testing;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;

/**
 * A journal body as text, however the server sent it: the journal shows JSON bodies as JSON
 * values and every other body as a string.
 */
final class BodyText extends ValueDeserializer<String> {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        JsonNode node = context.readTree(parser);
        return node.isString() ? node.asString() : node.toString();
    }
}
