package dev.teamgate.platform.slowclient;

import dev.teamgate.platform.fault.ConnectionDropper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import lombok.RequiredArgsConstructor;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts every request body read through the servlet API (JSON, multipart, the journal's copy, and
 * POSTed forms, which it parses itself: see {@link FormBody}) on a {@link BodyDeadline}, so a slow
 * client cannot keep a worker thread. A body that falls behind is
 * answered by closing the connection: nothing useful could be sent, and draining the rest of it
 * would keep the thread just as long.
 */
@RequiredArgsConstructor
class SlowBodyGuard extends OncePerRequestFilter {

    private final BodyDeadline deadline;
    private final FormBody.Limits formLimits;

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

    private final class DeadlineRequest extends FormParametersRequest {
        private final Runnable dropConnection;
        private ServletInputStream stream;

        DeadlineRequest(HttpServletRequest request, Runnable dropConnection) {
            super(request, formLimits, FormBody.isFormPost(request.getMethod(), request.getContentType()));
            this.dropConnection = dropConnection;
        }

        /** Read once, on first use, as Tomcat would; a body too slow drops the connection as any other. */
        @Override
        InputStream formBodyStream() throws IOException {
            return getInputStream();
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
            return new BufferedReader(new InputStreamReader(getInputStream(), charset()));
        }
    }
}
