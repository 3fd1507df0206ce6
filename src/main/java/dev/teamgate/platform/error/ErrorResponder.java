package dev.teamgate.platform.error;

import dev.teamgate.platform.vendor.VendorApi;
import dev.teamgate.platform.vendor.VendorRegistry;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes a refusal straight onto a raw response, for code that runs before Spring MVC (the
 * request firewall, the container's error report): in the shape of the vendor that owns the path,
 * or as an RFC 9457 problem outside every vendor prefix.
 */
@Component
@RequiredArgsConstructor
public class ErrorResponder {

    private final VendorRegistry vendors;
    private final ObjectMapper json;

    /** {@code vendor} wins when given (a native port); otherwise the owner of {@code path}. */
    public void write(ApiProblem problem, Optional<VendorApi> vendor, String path, HttpServletResponse response)
            throws IOException {
        Reply reply = render(problem, vendor, path);
        response.setStatus(reply.status());
        reply.headers().forEach(response::setHeader);
        if (reply.body() != null) {
            response.setContentType(reply.contentType());
            response.setCharacterEncoding("UTF-8");
            response.getOutputStream().write(reply.body().getBytes(StandardCharsets.UTF_8));
        }
        response.flushBuffer();
    }

    /** The refusal as status, headers and JSON text, for writers that are not a servlet response. */
    public Reply render(ApiProblem problem, Optional<VendorApi> vendor, String path) {
        return render(problem, vendor, path, problem.kind() == ProblemKind.VALIDATION ? 400 : problem.kind().defaultStatus());
    }

    /**
     * As above; {@code problemStatus} is the status of the RFC 9457 document when no vendor owns
     * the path (the container's 414 has no {@link ProblemKind} of its own).
     */
    public Reply render(ApiProblem problem, Optional<VendorApi> vendor, String path, int problemStatus) {
        Optional<VendorApi> owner = vendor.isPresent() ? vendor : vendors.forPath(path == null ? "" : path);
        if (owner.isPresent()) {
            RenderedError error = owner.get().errorRenderer().render(problem);
            String body = error.body() == null ? null : json.writeValueAsString(error.body());
            return new Reply(error.status(), error.headers(), MediaType.APPLICATION_JSON_VALUE, body);
        }
        return new Reply(problemStatus, Map.of(), MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                json.writeValueAsString(problemDocument(problem, problemStatus, path)));
    }

    /** A rendered refusal; {@code body} is null when the vendor answers without one. */
    public record Reply(int status, Map<String, String> headers, String contentType, String body) {
    }

    static Map<String, Object> problemDocument(ApiProblem problem, int status, String path) {
        HttpStatus known = HttpStatus.resolve(status);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", known == null ? "Error" : known.getReasonPhrase());
        body.put("status", status);
        body.put("detail", problem.message());
        if (path != null && !path.isEmpty()) {
            body.put("instance", path);
        }
        if (problem.param() != null) {
            body.put("param", problem.param());
        }
        return body;
    }
}
