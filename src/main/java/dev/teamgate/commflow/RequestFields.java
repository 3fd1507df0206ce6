package dev.teamgate.commflow;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Typed, checked access to a JSON request body. Every failure is a 422 {@code invalid_parameter}
 * naming the field (by its path, for example {@code contact.email}); a body that is not a JSON
 * object is a 400. {@link #has} tells an absent field from an explicit null, which PATCH needs.
 */
final class RequestFields {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final JsonNode body;
    private final String path;

    private RequestFields(JsonNode body, String path) {
        this.body = body;
        this.path = path;
    }

    static RequestFields of(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw CommFlowErrors.invalidBody("The request body must be a JSON object.");
        }
        return new RequestFields(body, "");
    }

    boolean has(String name) {
        return body.has(name);
    }

    /** A nested object, or null when absent or null. */
    RequestFields object(String name) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw invalid(name, "The '" + param(name) + "' field must be an object.");
        }
        return new RequestFields(value, param(name) + ".");
    }

    /** The raw JSON object (custom fields), or null when absent or null. */
    JsonNode rawObject(String name, int maxJsonLength) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw invalid(name, "The '" + param(name) + "' field must be an object.");
        }
        if (value.toString().length() > maxJsonLength) {
            throw invalid(name, "The '" + param(name) + "' field must be at most " + maxJsonLength + " characters as JSON.");
        }
        return value;
    }

    /** A string, or null when absent or null; blank strings count as null. */
    String text(String name, int maxLength) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw invalid(name, "The '" + param(name) + "' field must be a string.");
        }
        String text = value.stringValue().trim();
        if (text.length() > maxLength) {
            throw invalid(name, "The '" + param(name) + "' field must be at most " + maxLength + " characters.");
        }
        return text.isEmpty() ? null : text;
    }

    String requiredText(String name, int maxLength) {
        String text = text(name, maxLength);
        if (text == null) {
            throw required(name);
        }
        return text;
    }

    /** One of {@code allowed}, or null when absent or null. */
    String choice(String name, List<String> allowed) {
        String text = text(name, 100);
        if (text != null && !allowed.contains(text)) {
            throw invalid(name, "The '" + param(name) + "' field must be one of: " + String.join(", ", allowed) + ".");
        }
        return text;
    }

    String email(String name) {
        String text = text(name, 320);
        if (text != null && !EMAIL.matcher(text).matches()) {
            throw invalid(name, "The '" + param(name) + "' field must be a valid email address.");
        }
        return text;
    }

    String requiredEmail(String name) {
        String text = email(name);
        if (text == null) {
            throw required(name);
        }
        return text;
    }

    Boolean bool(String name) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            throw invalid(name, "The '" + param(name) + "' field must be true or false.");
        }
        return value.booleanValue();
    }

    /** A list of non-empty strings, or null when absent or null. */
    List<String> texts(String name, int maxItems, int maxLength) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            throw invalid(name, "The '" + param(name) + "' field must be an array of strings.");
        }
        if (value.size() > maxItems) {
            throw invalid(name, "The '" + param(name) + "' field may hold at most " + maxItems + " items.");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isString() || item.stringValue().isBlank()) {
                throw invalid(name, "The '" + param(name) + "' field must be an array of non-empty strings.");
            }
            String text = item.stringValue().trim();
            if (text.length() > maxLength) {
                throw invalid(name, "Each item of '" + param(name) + "' must be at most " + maxLength + " characters.");
            }
            out.add(text);
        }
        return out;
    }

    /**
     * A reference to another resource: its id as a string, or an object carrying {@code id} (so the
     * body of a GET can be sent back with PUT). Null when absent or null.
     */
    String reference(String name) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isString() && !value.stringValue().isBlank()) {
            return value.stringValue().trim();
        }
        if (value.isObject() && value.get("id") != null && value.get("id").isString()) {
            return value.get("id").stringValue().trim();
        }
        throw invalid(name, "The '" + param(name) + "' field must be an id or an object with an 'id'.");
    }

    /** The JSON node of a field (absent: null). */
    JsonNode node(String name) {
        return body.get(name);
    }

    String param(String name) {
        return path + name;
    }

    RuntimeException required(String name) {
        return invalid(name, "The '" + param(name) + "' field is required.");
    }

    RuntimeException invalid(String name, String message) {
        return CommFlowErrors.invalidField(param(name), message);
    }
}
