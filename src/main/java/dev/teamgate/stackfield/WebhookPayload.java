package dev.teamgate.stackfield;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A webhook's JSON body with Stackfield's reading rules. Property names match without regard to
 * case (as .NET model binding does); scalars are read as text; {@code null} is the same as absent.
 * Every failure is a result code: not JSON 4031, JSON but not an object 4034, a property of the
 * wrong shape or size 4056.
 */
final class WebhookPayload {

    // Stackfield's field lengths, in one place: the commands and content webhooks read with these.
    static final int TEXT_LIMIT = 1_000;
    static final int LONG_TEXT_LIMIT = 1_000_000;
    /** A room's or a user's display name. */
    static final int NAME_LIMIT = 200;
    /** A user's login name. */
    static final int USER_NAME_LIMIT = 100;
    /** A room's description. */
    static final int DESCRIPTION_LIMIT = 4_000;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final int EMAIL_LIMIT = 320;
    private static final DateTimeFormatter LOCAL_DATE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss]", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter LOCAL_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    private final Map<String, JsonNode> fields;

    private WebhookPayload(Map<String, JsonNode> fields) {
        this.fields = fields;
    }

    static WebhookPayload parse(byte[] body, ObjectMapper json) {
        if (body.length == 0 || new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            throw ResultCode.INVALID_REQUEST.exception();
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            throw ResultCode.INVALID_REQUEST.exception();
        }
        if (root == null || root.isMissingNode()) {
            throw ResultCode.INVALID_REQUEST.exception();
        }
        if (!root.isObject()) {
            throw ResultCode.INVALID_REQUEST_CONTENT.exception();
        }
        return new WebhookPayload(caseInsensitive(root));
    }

    /** A text property of at most {@code maxLength} characters, if present. */
    Optional<String> text(String name, int maxLength) {
        JsonNode node = fields.get(name);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        String value = scalar(node);
        if (value.length() > maxLength) {
            throw ResultCode.PROPERTY_NOT_PARSED.exception();
        }
        return Optional.of(value);
    }

    /** A text property that must not be blank; blank or absent is {@code whenMissing}. */
    String requiredText(String name, int maxLength, ResultCode whenMissing) {
        return text(name, maxLength).filter(v -> !v.isBlank()).orElseThrow(whenMissing::exception);
    }

    /** {@code Title}, which every content kind requires (4050 when null or empty). */
    String title(int maxLength) {
        return requiredText("Title", maxLength, ResultCode.TITLE_EMPTY);
    }

    /** A whole number, as a JSON number or a numeric string. */
    Optional<Integer> integer(String name) {
        JsonNode node = fields.get(name);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        return Optional.of(integerValue(node));
    }

    /**
     * A date as Stackfield writes it ({@code yyyy-MM-dd HH:mm}), also with seconds, a {@code T}, a
     * bare date, or an ISO-8601 instant with offset. Local times are UTC, like the unofficial client's.
     */
    Optional<Instant> date(String name) {
        Optional<String> text = text(name, 100).map(String::trim).filter(v -> !v.isEmpty());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String value = text.get();
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException notAnInstant) {
            // fall through to the local forms
        }
        try {
            return Optional.of(LocalDateTime.parse(value.replace('T', ' '), LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException notALocalTime) {
            // fall through to a bare date
        }
        try {
            return Optional.of(LocalDate.parse(value, LOCAL_DATE).atStartOfDay().toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            throw ResultCode.PROPERTY_NOT_PARSED.exception();
        }
    }

    /**
     * A {@code Users} list: plain email strings (Task, Event, RevokeRoomAccess) or objects with
     * {@code Email}, {@code GroupId} and {@code IsAdmin} (CreateRoom, GrantRoomAccess); both are
     * accepted everywhere. Absent or null is an empty list.
     */
    List<UserEntry> users(String name) {
        JsonNode node = fields.get(name);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw ResultCode.PROPERTY_NOT_PARSED.exception();
        }
        List<UserEntry> users = new ArrayList<>();
        for (JsonNode entry : node) {
            users.add(userEntry(entry));
        }
        return users;
    }

    static boolean isEmail(String value) {
        return value != null && value.length() <= EMAIL_LIMIT && EMAIL.matcher(value).matches();
    }

    private static UserEntry userEntry(JsonNode entry) {
        if (entry.isObject()) {
            Map<String, JsonNode> props = caseInsensitive(entry);
            JsonNode email = props.get("Email");
            JsonNode group = props.get("GroupId");
            JsonNode admin = props.get("IsAdmin");
            String address = email == null || email.isNull() ? null : scalar(email).trim();
            return new UserEntry(validEmail(address),
                    group == null || group.isNull() ? null : integerValue(group),
                    admin == null || admin.isNull() ? null : booleanValue(admin));
        }
        if (entry.isValueNode() && !entry.isNull()) {
            return new UserEntry(validEmail(entry.asString().trim()), null, null);
        }
        throw ResultCode.PROPERTY_NOT_PARSED.exception();
    }

    private static String validEmail(String address) {
        if (!isEmail(address)) {
            throw ResultCode.USER_INVALID_EMAIL.exception();
        }
        return address;
    }

    private static String scalar(JsonNode node) {
        if (!node.isValueNode()) {
            throw ResultCode.PROPERTY_NOT_PARSED.exception();
        }
        return node.asString();
    }

    private static int integerValue(JsonNode node) {
        if (node.isIntegralNumber() && node.canConvertToInt()) {
            return node.asInt();
        }
        if (node.isString()) {
            try {
                return Integer.parseInt(node.asString().trim());
            } catch (NumberFormatException e) {
                throw ResultCode.PROPERTY_NOT_PARSED.exception();
            }
        }
        throw ResultCode.PROPERTY_NOT_PARSED.exception();
    }

    private static boolean booleanValue(JsonNode node) {
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isString()) {
            String value = node.asString().trim();
            if (value.equalsIgnoreCase("true")) {
                return true;
            }
            if (value.equalsIgnoreCase("false")) {
                return false;
            }
        }
        throw ResultCode.PROPERTY_NOT_PARSED.exception();
    }

    private static Map<String, JsonNode> caseInsensitive(JsonNode object) {
        Map<String, JsonNode> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Map.Entry<String, JsonNode> property : object.properties()) {
            map.put(property.getKey(), property.getValue());
        }
        return map;
    }

    /** One entry of a {@code Users} list; {@code groupId} and {@code admin} are null when not given. */
    record UserEntry(String email, Integer groupId, Boolean admin) {

        boolean isAdmin() {
            return Boolean.TRUE.equals(admin);
        }
    }
}
