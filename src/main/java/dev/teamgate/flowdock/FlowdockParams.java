package dev.teamgate.flowdock;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The parameters of one request, whatever carried them: query string, JSON body, form body (with
 * Rails-style {@code thread[title]} nesting) or multipart body. Flowdock accepts all of these on
 * every write, so controllers read fields here instead of binding one body type. Every reader
 * refuses a value of the wrong shape with a Flowdock validation error naming the field.
 */
final class FlowdockParams {

    private final ObjectNode values;
    private final Map<String, MultipartFile> files;

    FlowdockParams(ObjectNode values, Map<String, MultipartFile> files) {
        this.values = values;
        this.files = Map.copyOf(files);
    }

    boolean has(String name) {
        JsonNode value = values.get(name);
        return value != null && !value.isNull();
    }

    JsonNode node(String name) {
        JsonNode value = values.get(name);
        return value == null || value.isNull() ? null : value;
    }

    Optional<MultipartFile> file(String name) {
        return Optional.ofNullable(files.get(name));
    }

    /** A scalar as text; objects and arrays are refused. */
    Optional<String> text(String name) {
        return Optional.ofNullable(scalar(name, node(name)));
    }

    /** A text that must be present and not blank: {@code "can't be blank"} otherwise. */
    String requiredText(String name) {
        String value = text(name).orElse(null);
        if (value == null || value.isBlank()) {
            throw FlowdockErrors.invalid(name, "can't be blank");
        }
        return value;
    }

    /** A text of at most {@code max} characters. */
    Optional<String> text(String name, int max) {
        Optional<String> value = text(name);
        value.ifPresent(v -> checkLength(name, v, max));
        return value;
    }

    String requiredText(String name, int max) {
        String value = requiredText(name);
        checkLength(name, value, max);
        return value;
    }

    /** true/false, 1/0, "true"/"false", "1"/"0". */
    Optional<Boolean> bool(String name) {
        JsonNode value = node(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value.isBoolean()) {
            return Optional.of(value.booleanValue());
        }
        String text = scalar(name, value).trim().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "true", "1" -> Optional.of(true);
            case "false", "0" -> Optional.of(false);
            default -> throw FlowdockErrors.invalid(name, "is not a boolean");
        };
    }

    Optional<Long> number(String name) {
        JsonNode value = node(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return Optional.of(value.longValue());
        }
        try {
            return Optional.of(Long.parseLong(scalar(name, value).trim()));
        } catch (NumberFormatException e) {
            throw FlowdockErrors.invalid(name, "is not a number");
        }
    }

    /** An array of strings, or one string of comma-separated values. */
    List<String> list(String name) {
        JsonNode value = node(name);
        if (value == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (value.isArray()) {
            for (JsonNode item : value) {
                if (!item.isValueNode() || item.isNull()) {
                    throw FlowdockErrors.invalid(name, "is invalid");
                }
                out.add(item.asString().trim());
            }
        } else {
            out.addAll(Arrays.stream(scalar(name, value).split(",")).map(String::trim).toList());
        }
        return out.stream().filter(s -> !s.isEmpty()).toList();
    }

    private static String scalar(String name, JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw FlowdockErrors.invalid(name, "is invalid");
        }
        return value.asString();
    }

    static void checkLength(String name, String value, int max) {
        if (value.length() > max) {
            throw FlowdockErrors.invalid(name, "is too long (maximum is " + max + " characters)");
        }
    }
}
