package dev.teamgate.flowdock;

import dev.teamgate.platform.error.ApiProblemException;
import dev.teamgate.platform.error.ProblemKind;
import dev.teamgate.platform.web.RequestArgumentReader;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds {@link FlowdockParams}, which Flowdock's controllers take as a parameter, from the query
 * string and whichever body the request has. A body of any other type is a 415, unparsable JSON a
 * 400; both leave state untouched because nothing has run yet.
 */
@Component
@RequiredArgsConstructor
class FlowdockParamsReader implements RequestArgumentReader<FlowdockParams> {

    private final ObjectMapper json;

    @Override
    public FlowdockParams read(HttpServletRequest request) {
        String contentType = request.getContentType();
        MediaType type = parse(contentType);
        ObjectNode values = json.createObjectNode();
        Map<String, MultipartFile> files = new HashMap<>();
        if (type != null && MediaType.APPLICATION_JSON.isCompatibleWith(type)) {
            FormParams.putAll(values, request.getParameterMap(), json);
            ObjectNode body = readJsonObject(request);
            body.properties().forEach(e -> values.set(e.getKey(), e.getValue()));
        } else if (type != null && MediaType.APPLICATION_FORM_URLENCODED.includes(type)) {
            FormParams.putAll(values, request.getParameterMap(), json);
        } else if (type != null && MediaType.MULTIPART_FORM_DATA.includes(type)) {
            FormParams.putAll(values, request.getParameterMap(), json);
            MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
            if (multipart != null) {
                for (Map.Entry<String, List<MultipartFile>> entry : multipart.getMultiFileMap().entrySet()) {
                    if (!entry.getValue().isEmpty()) {
                        files.put(entry.getKey(), entry.getValue().get(0));
                    }
                }
            }
        } else {
            if (type != null || hasBody(request)) {
                throw new ApiProblemException(ProblemKind.UNSUPPORTED_MEDIA_TYPE,
                        "Content-Type must be application/json, application/x-www-form-urlencoded or multipart/form-data");
            }
            FormParams.putAll(values, request.getParameterMap(), json);
        }
        return new FlowdockParams(values, files);
    }

    private ObjectNode readJsonObject(HttpServletRequest request) {
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readAllBytes();
            if (bytes.length == 0 || new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
                return json.createObjectNode();
            }
            JsonNode node = json.readTree(bytes);
            if (!(node instanceof ObjectNode object)) {
                throw new ApiProblemException(ProblemKind.MALFORMED_BODY, "The request body must be a JSON object");
            }
            return object;
        } catch (JacksonException e) {
            throw new ApiProblemException(ProblemKind.MALFORMED_BODY, "The request body is not valid JSON");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the request body", e);
        }
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    private static MediaType parse(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        try {
            return MediaType.parseMediaType(contentType.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiProblemException(ProblemKind.UNSUPPORTED_MEDIA_TYPE, "Content-Type " + contentType + " is not valid");
        }
    }
}
