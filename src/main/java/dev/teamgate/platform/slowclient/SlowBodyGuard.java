package dev.teamgate.platform.slowclient;

import dev.teamgate.platform.fault.ConnectionDropper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts every request body read through the servlet API (JSON, multipart, the journal's copy, and
 * POSTed forms, which it parses itself: see {@link FormBody}) on a {@link BodyDeadline}, so a slow
 * client cannot keep a worker thread. A body that falls behind is
 * answered by closing the connection: nothing useful could be sent, and draining the rest of it
 * would keep the thread just as long.
 */
class SlowBodyGuard extends OncePerRequestFilter {

    private final BodyDeadline deadline;
    private final FormBody.Limits formLimits;

    SlowBodyGuard(BodyDeadline deadline, FormBody.Limits formLimits) {
        this.deadline = deadline;
        this.formLimits = formLimits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() == 0 || deadline.timeout().isZero()) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new DeadlineRequest(request, () -> drop(response)), response);
    }

    private void drop(HttpServletResponse response) {
        try {
            ConnectionDropper.drop(response);
        } catch (IOException alreadyGone) {
            // the connection is closed either way
        }
    }

    private final class DeadlineRequest extends HttpServletRequestWrapper {
        private final Runnable dropConnection;
        private final boolean formPost;
        private ServletInputStream stream;
        private Map<String, String[]> formParameters;

        DeadlineRequest(HttpServletRequest request, Runnable dropConnection) {
            super(request);
            this.dropConnection = dropConnection;
            this.formPost = FormBody.isFormPost(request.getMethod(), request.getContentType());
        }

        @Override
        public String getParameter(String name) {
            if (!formPost) {
                return super.getParameter(name);
            }
            String[] values = formParameters().get(name);
            return values == null ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return formPost ? formParameters() : super.getParameterMap();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return formPost ? Collections.enumeration(formParameters().keySet()) : super.getParameterNames();
        }

        @Override
        public String[] getParameterValues(String name) {
            if (!formPost) {
                return super.getParameterValues(name);
            }
            String[] values = formParameters().get(name);
            return values == null ? null : values.clone();
        }

        /** Read once, on first use, as Tomcat would; a body too slow drops the connection as any other. */
        private Map<String, String[]> formParameters() {
            if (formParameters == null) {
                try {
                    // The stream first: once it is taken, Tomcat parses only the query string.
                    ServletInputStream body = getInputStream();
                    formParameters = FormBody.parameters(super.getParameterMap(), body, getContentLengthLong(),
                            charset(), formLimits);
                } catch (IOException unreadable) {
                    throw new InvalidParameterException(unreadable);
                }
            }
            return formParameters;
        }

        private Charset charset() {
            String encoding = getCharacterEncoding();
            try {
                return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            } catch (RuntimeException unknown) {
                throw new InvalidParameterException("Unknown charset " + encoding, unknown);
            }
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new DeadlineInputStream(super.getInputStream(), deadline, dropConnection);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset;
            try {
                charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            } catch (RuntimeException unknown) {
                throw new UncheckedIOException(new java.io.UnsupportedEncodingException(encoding));
            }
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }
}
