package dev.teamgate.platform.slowclient;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;

/**
 * A request whose form body's parameters we parse ourselves ({@link FormBody}), from a body stream
 * the subclass provides, instead of letting Tomcat read the container's stream with no deadline.
 * Shared by the blocking path ({@link SlowBodyGuard}) and the read-ahead path ({@link AsyncBodyReader}).
 */
abstract class FormParametersRequest extends HttpServletRequestWrapper {

    private final FormBody.Limits formLimits;
    private final boolean formBody;
    private Map<String, String[]> formParameters;

    FormParametersRequest(HttpServletRequest request, FormBody.Limits formLimits, boolean formBody) {
        super(request);
        this.formLimits = formLimits;
        this.formBody = formBody;
    }

    /** The body the form parameters are read from, once, on first use. */
    abstract InputStream formBodyStream() throws IOException;

    @Override
    public String getParameter(String name) {
        if (!formBody) {
            return super.getParameter(name);
        }
        String[] values = formParameters().get(name);
        return values == null ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return formBody ? formParameters() : super.getParameterMap();
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return formBody ? Collections.enumeration(formParameters().keySet()) : super.getParameterNames();
    }

    @Override
    public String[] getParameterValues(String name) {
        if (!formBody) {
            return super.getParameterValues(name);
        }
        String[] values = formParameters().get(name);
        return values == null ? null : values.clone();
    }

    /** The query's parameters (the container's: it reads no body for us) and the body's, parsed once. */
    private Map<String, String[]> formParameters() {
        if (formParameters == null) {
            try {
                // The stream first: once it is taken, Tomcat parses only the query string. A body
                // cut off fails here as its stream does (too slow, too large, unreadable).
                InputStream body = formBodyStream();
                formParameters = FormBody.parameters(super.getParameterMap(), body, getContentLengthLong(),
                        formCharset(), formLimits);
            } catch (IOException unreadable) {
                throw new InvalidParameterException(unreadable);
            }
        }
        return formParameters;
    }

    private Charset formCharset() {
        try {
            return charset();
        } catch (UncheckedIOException unknown) {
            throw new InvalidParameterException("Unknown charset " + getCharacterEncoding(), unknown);
        }
    }

    /** The request's declared charset, UTF-8 when none; an unknown one fails as the container's reader does. */
    final Charset charset() {
        String encoding = getCharacterEncoding();
        try {
            return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        } catch (RuntimeException unknown) {
            throw new UncheckedIOException(new UnsupportedEncodingException(encoding));
        }
    }
}
