package dev.teamgate.platform.slowclient;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.Parameters;

/**
 * The parameters of a POSTed {@code application/x-www-form-urlencoded} body, read by us rather
 * than by Tomcat. Tomcat reads such a body with its own reads, past any wrapper, so a client that
 * trickled it was only cut off by the per-read timeout; read through the deadline stream, it falls
 * under the same total-body deadline as every other body. Parsing is Tomcat's own
 * ({@link Parameters}), with the connector's limits, so the parameters come out as before.
 */
final class FormBody {

    /** {@code server.tomcat.max-parameter-count} and {@code server.tomcat.max-http-form-post-size} (negative: none). */
    record Limits(int maxParameterCount, long maxPostSize) {
    }

    private FormBody() {
    }

    /** Tomcat parses the body of a form POST only (its {@code parseBodyMethods}); other methods are read as bodies. */
    static boolean isFormPost(String method, String contentType) {
        return "POST".equalsIgnoreCase(method) && isForm(contentType);
    }

    /**
     * The form bodies whose parameters a servlet sees: Tomcat's (POST) and those of Spring's
     * {@code FormContentFilter} (PUT, PATCH, DELETE), which does not run on a replayed request.
     */
    static boolean isFormBody(String method, String contentType) {
        return isForm(contentType) && switch (method.toUpperCase(Locale.ROOT)) {
            case "POST", "PUT", "PATCH", "DELETE" -> true;
            default -> false;
        };
    }

    private static boolean isForm(String contentType) {
        return contentType != null
                && contentType.toLowerCase(Locale.ROOT).trim().startsWith("application/x-www-form-urlencoded");
    }

    /**
     * The query's parameters followed by the body's, as Tomcat orders them.
     *
     * @throws InvalidParameterException too many parameters, invalid percent-encoding, or a body
     *         larger than the limit (what Tomcat throws for the same)
     */
    static Map<String, String[]> parameters(Map<String, String[]> query, InputStream body, long announcedLength,
                                            Charset charset, Limits limits) throws IOException {
        byte[] bytes = readBody(body, announcedLength, limits.maxPostSize());
        Parameters parameters = new Parameters();
        parameters.setLimit(limits.maxParameterCount());
        parameters.setCharset(charset);
        parameters.setQueryStringCharset(charset);
        query.forEach((name, values) -> {
            for (String value : values) {
                parameters.addParameter(name, value);
            }
        });
        parameters.processParameters(bytes, 0, bytes.length);
        Map<String, String[]> all = new LinkedHashMap<>();
        for (String name : Collections.list(parameters.getParameterNames())) {
            all.put(name, parameters.getParameterValues(name));
        }
        return Collections.unmodifiableMap(all);
    }

    private static byte[] readBody(InputStream body, long announcedLength, long maxPostSize) throws IOException {
        if (maxPostSize < 0) {
            return body.readAllBytes();
        }
        if (announcedLength > maxPostSize) {
            throw tooLarge(maxPostSize);
        }
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxPostSize + 1));
        if (bytes.length > maxPostSize) {
            throw tooLarge(maxPostSize);
        }
        return bytes;
    }

    private static InvalidParameterException tooLarge(long maxPostSize) {
        return new InvalidParameterException("The form body is larger than " + maxPostSize + " bytes", 413);
    }
}
