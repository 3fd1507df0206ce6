package dev.teamgate.talktome;

import dev.teamgate.platform.error.ApiProblemException;
import dev.teamgate.platform.error.ProblemKind;
import dev.teamgate.platform.web.RequestArgumentReader;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads a call's parameters the way the vendor's (PHP-style) API takes them: from the query
 * string, a form body ({@code application/x-www-form-urlencoded} or multipart) or a JSON object
 * body, on GET and POST alike. A body value overrides a query value of the same name, and of
 * repeated values the last wins. A JSON body must be one object of scalar values; any other body
 * type is refused with 415 unless it is empty. Controllers take the result as a parameter.
 */
@Component
@RequiredArgsConstructor
class ParameterReader implements RequestArgumentReader<TalkToMeParameters> {

    /** Far above any legitimate call (a handful of short parameters). */
    private static final int MAX_BODY_BYTES = 64 * 1024;

    private final ObjectMapper json;

    @Override
    public TalkToMeParameters read(HttpServletRequest request) {
        MediaType type = contentType(request);
        Map<String, String> values = new LinkedHashMap<>();
        // Query string, plus the body for POSTed forms and multipart (parsed by the container).
        request.getParameterMap().forEach((name, all) -> {
            if (all != null && all.length > 0) {
                values.put(name, all[all.length - 1]);
            }
        });
        if (type != null && MediaType.MULTIPART_FORM_DATA.includes(type)) {
            return new TalkToMeParameters(values, request.getHeader(HttpHeaders.AUTHORIZATION));
        }
        boolean postedForm = type != null && MediaType.APPLICATION_FORM_URLENCODED.includes(type)
                && "POST".equalsIgnoreCase(request.getMethod());
        if (!postedForm) {
            String body = body(request);
            if (!body.isBlank()) {
                if (type != null && MediaType.APPLICATION_FORM_URLENCODED.includes(type)) {
                    values.putAll(form(body));
                } else if (isJson(type)) {
                    values.putAll(jsonObject(body));
                } else {
                    throw new ApiProblemException(ProblemKind.UNSUPPORTED_MEDIA_TYPE, "Content type "
                            + (type == null ? "(none)" : type.toString())
                            + " is not supported: send the parameters as query string, form or JSON.");
                }
            }
        }
        return new TalkToMeParameters(values, request.getHeader(HttpHeaders.AUTHORIZATION));
    }

    private static MediaType contentType(HttpServletRequest request) {
        String header = request.getContentType();
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return MediaType.parseMediaType(header);
        } catch (InvalidMediaTypeException e) {
            throw new ApiProblemException(ProblemKind.UNSUPPORTED_MEDIA_TYPE,
                    "Content type " + header + " is not a valid media type.");
        }
    }

    private static boolean isJson(MediaType type) {
        return type != null && (MediaType.APPLICATION_JSON.isCompatibleWith(type)
                || "json".equalsIgnoreCase(type.getSubtypeSuffix())
                || ("text".equalsIgnoreCase(type.getType()) && "json".equalsIgnoreCase(type.getSubtype())));
    }

    private static String body(HttpServletRequest request) {
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw new ApiProblemException(ProblemKind.PAYLOAD_TOO_LARGE,
                        "The request body is larger than " + MAX_BODY_BYTES + " bytes.");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the request body", e);
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                values.put(name, value);
            } catch (IllegalArgumentException badEscape) {
                throw new ApiProblemException(ProblemKind.MALFORMED_BODY, "The form body is not valid URL encoding.");
            }
        }
        return values;
    }

    private Map<String, String> jsonObject(String body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            throw new ApiProblemException(ProblemKind.MALFORMED_BODY, "The request body is not valid JSON.");
        }
        if (root == null || !root.isObject()) {
            throw new ApiProblemException(ProblemKind.MALFORMED_BODY, "The request body must be a JSON object.");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            JsonNode value = field.getValue();
            if (value.isNull()) {
                continue;
            }
            if (!value.isValueNode()) {
                throw TalkToMeErrors.invalidParameter(field.getKey(),
                        "The parameter " + field.getKey() + " must be a single value, not an object or a list.");
            }
            values.put(field.getKey(), value.asString());
        }
        return values;
    }
}
