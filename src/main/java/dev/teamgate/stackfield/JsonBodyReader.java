package dev.teamgate.stackfield;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Reads the JSON body of a non-file webhook, at most {@code teamgate.stackfield.max-body-size}
 * bytes of it (more is 4034). A body that is not JSON by its content type (form data, multipart,
 * text) is 4031; a missing content type is read as JSON, as a lenient server would.
 */
@Component
class JsonBodyReader {

    private final int maxBytes;

    JsonBodyReader(StackfieldProperties properties) {
        this.maxBytes = (int) Math.min(properties.maxBodySize().toBytes(), Integer.MAX_VALUE - 16);
    }

    byte[] read(HttpServletRequest request) {
        if (!isJson(request.getContentType())) {
            throw ResultCode.INVALID_REQUEST.exception();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(maxBytes + 1);
            if (body.length > maxBytes) {
                throw ResultCode.INVALID_REQUEST_CONTENT.exception();
            }
            return body;
        } catch (IOException e) {
            throw ResultCode.INVALID_REQUEST.exception();
        }
    }

    static boolean isJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        try {
            String subtype = MediaType.parseMediaType(contentType).getSubtype().toLowerCase(Locale.ROOT);
            return subtype.equals("json") || subtype.endsWith("+json");
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
