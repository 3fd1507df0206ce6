package dev.teamgate.flowdock;

import dev.teamgate.platform.error.ApiProblemException;
import dev.teamgate.platform.error.ProblemKind;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds {@link FlowdockParams} from the query string and whichever body the request has. A body
 * of any other type is a 415, unparsable JSON a 400; both leave state untouched because nothing
 * has run yet.
 */
@RequiredArgsConstructor
class FlowdockParamsResolver implements HandlerMethodArgumentResolver {

    private final ObjectMapper json;

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(FlowdockParams.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest webRequest, WebDataBinderFactory binderFactory) throws IOException {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
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
            MultipartHttpServletRequest multipart = webRequest.getNativeRequest(MultipartHttpServletRequest.class);
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

    private ObjectNode readJsonObject(HttpServletRequest request) throws IOException {
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
