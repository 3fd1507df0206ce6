package dev.teamgate.domain.lead;

import dev.teamgate.domain.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Reads the entries of an array-valued fixture section, with errors that name the entry. */
final class FixtureNodes {

    private FixtureNodes() {
    }

    static <T> List<T> entries(ObjectMapper json, String section, JsonNode data, Class<T> type) {
        if (data == null || data.isNull()) {
            return List.of();
        }
        if (!data.isArray()) {
            throw new InvalidInputException(section, section + " must be an array");
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            JsonNode entry = data.get(i);
            if (!entry.isObject()) {
                throw new InvalidInputException(section + "[" + i + "]", section + "[" + i + "] must be an object");
            }
            try {
                out.add(json.treeToValue(entry, type));
            } catch (JacksonException e) {
                throw new InvalidInputException(section + "[" + i + "]",
                        section + "[" + i + "] is not valid: " + e.getOriginalMessage());
            }
        }
        return out;
    }
}
