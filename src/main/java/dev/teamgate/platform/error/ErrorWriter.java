package dev.teamgate.platform.error;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/** Puts a {@link RenderedError} on the wire, from a filter (raw response) or a handler (entity). */
@Component
@RequiredArgsConstructor
public class ErrorWriter {

    private final ObjectMapper json;

    public void write(RenderedError error, HttpServletResponse response) throws IOException {
        response.setStatus(error.status());
        for (Map.Entry<String, String> header : error.headers().entrySet()) {
            response.setHeader(header.getKey(), header.getValue());
        }
        if (error.body() != null) {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), error.body());
        }
        response.flushBuffer();
    }

    public ResponseEntity<Object> entity(RenderedError error) {
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(error.status());
        error.headers().forEach(builder::header);
        if (error.body() == null) {
            return builder.build();
        }
        return builder.contentType(MediaType.APPLICATION_JSON).body(error.body());
    }
}
