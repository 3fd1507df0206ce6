package dev.teamgate.platform.slowclient;

import dev.teamgate.platform.fault.ConnectionDropper;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import lombok.RequiredArgsConstructor;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads request bodies before a worker thread is spent on them (Servlet 3.1 non-blocking I/O). A
 * request with a body leaves this filter at once in async mode; its worker goes back to the pool
 * while the body trickles in. {@link BodyReading} buffers it, then replays the request as an async
 * dispatch with {@link BufferedBodyRequest}, and this time the rest of the chain runs (every filter
 * behind this one treats the replay as the request's first pass: see {@link BodyReplay}).
 *
 * <p>Left to the blocking path, and to {@link SlowBodyGuard}'s deadline there: multipart bodies
 * (the container parses those from its own stream), bodies announced larger than the body limit
 * (the gateway answers 413 without reading them), requests without a body, and bodies that find
 * the {@link ReadAheadBudget} spent.
 */
@RequiredArgsConstructor
class AsyncBodyReader extends OncePerRequestFilter {

    private final BodyDeadline deadline;
    private final long maxBodySize;
    private final FormBody.Limits formLimits;
    private final ScheduledExecutorService timer;
    private final ReadAheadBudget budget;

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false; // the replay passes through here on its way down the chain
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Object replayed = request.getAttribute(BodyReplay.ATTRIBUTE);
        if (replayed instanceof BufferedBody body) {
            replay(request, response, chain, body);
            return;
        }
        BufferedBody body = isAsyncDispatch(request) || !readsAhead(request) ? null
                : BufferedBody.reserve(request.getContentLengthLong(), maxBodySize, budget);
        if (body == null) {
            chain.doFilter(request, response); // nothing to read ahead, or no budget left: the blocking path
        } else {
            readAhead(request, response, body);
        }
    }

    private void readAhead(HttpServletRequest request, HttpServletResponse response, BufferedBody body)
            throws IOException {
        try {
            AsyncContext async = request.startAsync(new BufferedBodyRequest(request, body, formLimits), response);
            async.setTimeout(0); // the body deadline applies, not the container's async timeout
            request.setAttribute(BodyReplay.ATTRIBUTE, body);
            BodyReading reading = new BodyReading(async, request.getInputStream(), body, deadline, timer,
                    System::nanoTime);
            async.addListener(reading);
            reading.start();
        } catch (IOException | RuntimeException notStarted) {
            body.release();
            throw notStarted;
        }
    }

    /**
     * The rest of the chain, on the buffered body. A body cut off (too slow, too large) was not read
     * to its end, and its client may still be sending: the answer is flushed, then the connection
     * is closed, so no thread waits on the remainder.
     */
    private void replay(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                        BufferedBody body) throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            request.removeAttribute(BodyReplay.ATTRIBUTE);
            body.release();
            if (body.outcome() != BufferedBody.Outcome.COMPLETE && !request.isAsyncStarted()) {
                closeAfterAnswer(response);
            }
        }
    }

    private static void closeAfterAnswer(HttpServletResponse response) {
        try {
            response.flushBuffer();
        } catch (IOException alreadyGone) {
            // closed below either way
        }
        try {
            ConnectionDropper.drop(response);
        } catch (IOException alreadyGone) {
            // the connection is closed either way
        }
    }

    private boolean readsAhead(HttpServletRequest request) {
        long length = request.getContentLengthLong();
        boolean hasBody = length > 0 || (length < 0 && request.getHeader("Transfer-Encoding") != null);
        return hasBody && length <= maxBodySize && request.isAsyncSupported() && !isMultipart(request);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }
}
