package dev.teamgate.platform.slowclient;

import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;

/**
 * The request as the rest of the chain sees it once {@link AsyncBodyReader} has read its body: the
 * input stream, the reader and (for form bodies) the parameters all come from the buffered bytes.
 * The container's own stream is never touched again; it is in non-blocking mode by now.
 */
final class BufferedBodyRequest extends FormParametersRequest {

    private final BufferedBody body;
    private ServletInputStream stream;
    private BufferedReader reader;

    BufferedBodyRequest(HttpServletRequest request, BufferedBody body, FormBody.Limits formLimits) {
        super(request, formLimits, FormBody.isFormBody(request.getMethod(), request.getContentType()));
        this.body = body;
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
    InputStream formBodyStream() {
        return new ReplayedInputStream(body);
    }
}
