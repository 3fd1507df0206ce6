package dev.teamgate.platform.slowclient;

import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;

/**
 * The request as the rest of the chain sees it once {@link AsyncBodyReader} has read its body: the
 * input stream, the reader and (for form bodies) the parameters all come from the buffered bytes.
 * The container's own stream is never touched again; it is in non-blocking mode by now.
 */
final class BufferedBodyRequest extends HttpServletRequestWrapper {

    private final BufferedBody body;
    private final FormBody.Limits formLimits;
    private final boolean formBody;
    private ServletInputStream stream;
    private BufferedReader reader;
    private Map<String, String[]> formParameters;

    BufferedBodyRequest(HttpServletRequest request, BufferedBody body, FormBody.Limits formLimits) {
        super(request);
        this.body = body;
        this.formLimits = formLimits;
        this.formBody = FormBody.isFormBody(request.getMethod(), request.getContentType());
    }

    @Override
    public ServletInputStream getInputStream() {
        if (reader != null) {
            throw new IllegalStateException("getReader() has already been called for this request");
        }
        if (stream == null) {
            stream = new ReplayedInputStream(body);
        }
        return stream;
    }

    @Override
    public BufferedReader getReader() {
        if (reader == null) {
            if (stream != null) {
                throw new IllegalStateException("getInputStream() has already been called for this request");
            }
            reader = new BufferedReader(new InputStreamReader(new ReplayedInputStream(body), charset()));
        }
        return reader;
    }

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

    /** Parsed once, from the query (the container's parameters: it no longer reads the body) and the buffer. */
    private Map<String, String[]> formParameters() {
        if (formParameters == null) {
            try {
                // a body cut off fails here as its stream does (too slow, too large, unreadable)
                formParameters = FormBody.parameters(super.getParameterMap(), new ReplayedInputStream(body),
                        getContentLengthLong(), formCharset(), formLimits);
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

    private Charset charset() {
        String encoding = getCharacterEncoding();
        try {
            return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        } catch (RuntimeException unknown) {
            throw new UncheckedIOException(new UnsupportedEncodingException(encoding));
        }
    }
}
