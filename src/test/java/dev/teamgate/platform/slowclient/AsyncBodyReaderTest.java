package dev.teamgate.platform.slowclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.teamgate.platform.error.PayloadTooLargeException;
import dev.teamgate.platform.error.SlowRequestBodyException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockAsyncContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The reader on its own, with a non-blocking body fed by hand: the filter returns before the body
 * has arrived (the worker thread is free), and the chain runs only on the replay, with the body.
 */
class AsyncBodyReaderTest {

    private static final FormBody.Limits FORMS = new FormBody.Limits(1000, 2 * 1024 * 1024);
    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1);

    @AfterEach
    void stopTimer() {
        timer.shutdownNow();
    }

    @Test
    void aBodyStillArrivingHoldsNoThreadAndReachesTheChainWhole() throws Exception {
        AsyncBodyReader reader = reader(Duration.ofSeconds(10), 1024);
        // many more pending bodies than a small worker pool has threads, all started on this one thread
        List<Pending> pending = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            pending.add(start(reader, post("application/json", 20)));
        }
        for (Pending p : pending) {
            assertThat(p.chain.seen).as("chain ran before the body arrived").isNull();
            assertThat(p.request.isAsyncStarted()).isTrue();
            p.body.feed("{\"content\":");
            assertThat(p.async().getDispatchedPath()).isNull();
        }
        for (Pending p : pending) {
            p.body.feed("\"hi\"}");
            p.body.finish();
            assertThat(p.async().getDispatchedPath()).isNotNull();

            HttpServletRequest seen = replay(reader, p);
            assertThat(new String(seen.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo("{\"content\":\"hi\"}");
            assertThat(BodyReplay.isReplay(seen)).isFalse(); // only while the replay runs
        }
    }

    @Test
    void theReplayIsEveryLaterFiltersFirstPass() throws Exception {
        AsyncBodyReader reader = reader(Duration.ofSeconds(10), 1024);
        Pending p = start(reader, post("application/json", 2));
        p.body.feed("{}");
        p.body.finish();
        p.request.setDispatcherType(DispatcherType.ASYNC);
        AtomicReference<Boolean> replayDuringChain = new AtomicReference<>();
        reader.doFilter(p.async().getRequest(), p.response,
                (request, response) -> replayDuringChain.set(BodyReplay.isAsyncDispatch(true, request)));

        assertThat(replayDuringChain.get()).as("a later filter sees an async dispatch").isFalse();
        assertThat(BodyReplay.isAsyncDispatch(true, p.request)).isTrue(); // a later, genuine async dispatch
    }

    @Test
    void aFormBodyServesItsParametersWhateverTheMethod() throws Exception {
        AsyncBodyReader reader = reader(Duration.ofSeconds(10), 1024);
        MockHttpServletRequest put = post("application/x-www-form-urlencoded", 26);
        put.setMethod("PUT");
        put.setQueryString("q=1");
        put.addParameter("q", "1");
        Pending p = start(reader, put);
        p.body.feed("content=two+words&tags=a");
        p.body.feed("%2C");
        p.body.finish();

        HttpServletRequest seen = replay(reader, p);

        assertThat(seen.getParameterMap().keySet()).containsExactly("q", "content", "tags");
        assertThat(seen.getParameter("content")).isEqualTo("two words");
        assertThat(seen.getParameter("tags")).isEqualTo("a,");
    }

    @Test
    void aBodyPastItsDeadlineIsReplayedAsTooSlow() throws Exception {
        AsyncBodyReader reader = reader(Duration.ofMillis(1), 1024);
        MockHttpServletRequest form = post("application/x-www-form-urlencoded", 100);
        Pending p = start(reader, form);
        p.body.feed("content=");
        assertThat(p.dispatched.await(30, TimeUnit.SECONDS)).as("dispatched by the deadline").isTrue();

        HttpServletRequest seen = replay(reader, p);

        assertThatThrownBy(() -> seen.getInputStream().read()).isInstanceOf(SlowRequestBodyException.class);
        assertThatThrownBy(() -> seen.getParameter("content")).isInstanceOf(InvalidParameterException.class)
                .hasCauseInstanceOf(SlowRequestBodyException.class);
    }

    @Test
    void aChunkedBodyOverTheLimitStopsBeingReadAndFailsAsTooLarge() throws Exception {
        AsyncBodyReader reader = reader(Duration.ofSeconds(10), 10);
        MockHttpServletRequest chunked = post("application/json", -1);
        chunked.addHeader("Transfer-Encoding", "chunked");
        Pending p = start(reader, chunked);
        p.body.feed("0123456789abcdefghij");
        assertThat(p.async().getDispatchedPath()).isNotNull();

        HttpServletRequest seen = replay(reader, p);

        assertThat(seen.getInputStream().readNBytes(11)).hasSize(11);
        assertThatThrownBy(() -> seen.getInputStream().read()).isInstanceOf(PayloadTooLargeException.class);
    }

    @Test
    void aReadFailureIsReplayedAsTheSameFailure() throws Exception {
        AsyncBodyReader reader = reader(Duration.ofSeconds(10), 1024);
        Pending p = start(reader, post("application/json", 10));
        IOException malformed = new IOException("Invalid chunk header");
        p.body.fail(malformed);

        HttpServletRequest seen = replay(reader, p);

        assertThatThrownBy(() -> seen.getInputStream().readAllBytes()).isSameAs(malformed);
    }

    /** The container's read timeout and the body deadline often fire together: both mean too slow. */
    @Test
    void aReadTimeoutIsReplayedAsTooSlowNotAsAFailure() throws Exception {
        AsyncBodyReader reader = reader(Duration.ofSeconds(10), 1024);
        Pending p = start(reader, post("application/json", 10));
        p.body.fail(new IOException(new java.net.SocketTimeoutException("Read timed out")));

        HttpServletRequest seen = replay(reader, p);

        assertThatThrownBy(() -> seen.getInputStream().readAllBytes()).isInstanceOf(SlowRequestBodyException.class);
    }

    @Test
    void requestsWithoutABodyOrWithMultipartOrOversizedBodiesGoStraightOn() throws Exception {
        AsyncBodyReader reader = reader(Duration.ofSeconds(10), 1024);
        for (MockHttpServletRequest request : List.of(new MockHttpServletRequest("GET", "/flowdock/flows"),
                post("application/json", 0), post("multipart/form-data; boundary=x", 100),
                post("application/json", 2048))) {
            request.setAsyncSupported(true);
            Chain chain = new Chain();
            reader.doFilter(request, new MockHttpServletResponse(), chain);

            assertThat(chain.seen).as(request.getContentType()).isSameAs(request);
            assertThat(request.isAsyncStarted()).isFalse();
        }
    }

    @Test
    void bodiesBeyondTheReadAheadBudgetTakeTheBlockingPathAndTheBudgetComesBack() throws Exception {
        ReadAheadBudget budget = new ReadAheadBudget(30);
        AsyncBodyReader reader = reader(Duration.ofSeconds(10), 1024, budget);
        Pending first = start(reader, post("application/json", 20));
        assertThat(budget.used()).isEqualTo(20);

        MockHttpServletRequest second = post("application/json", 20);
        Chain chain = new Chain();
        reader.doFilter(second, new MockHttpServletResponse(), chain);
        assertThat(chain.seen).as("read the blocking way").isSameAs(second);

        first.body.feed("{\"content\":\"twenty\"}");
        first.body.finish();
        replay(reader, first);
        assertThat(budget.used()).isZero();
    }

    @Test
    void aChunkedBodyThatOutgrowsTheBudgetIsTooLarge() throws Exception {
        ReadAheadBudget budget = new ReadAheadBudget(BufferedBody.CHUNKED_STEP + 10);
        AsyncBodyReader reader = reader(Duration.ofSeconds(10), 10L * BufferedBody.CHUNKED_STEP, budget);
        MockHttpServletRequest chunked = post("application/json", -1);
        chunked.addHeader("Transfer-Encoding", "chunked");
        Pending p = start(reader, chunked);
        p.body.feed("x".repeat(BufferedBody.CHUNKED_STEP + 1));

        HttpServletRequest seen = replay(reader, p);

        assertThatThrownBy(() -> seen.getInputStream().readAllBytes()).isInstanceOf(PayloadTooLargeException.class);
        assertThat(budget.used()).isZero();
    }

    private AsyncBodyReader reader(Duration timeout, long maxBody) {
        return reader(timeout, maxBody, new ReadAheadBudget(1024 * 1024));
    }

    private AsyncBodyReader reader(Duration timeout, long maxBody, ReadAheadBudget budget) {
        return new AsyncBodyReader(new BodyDeadline(timeout, 1), maxBody, FORMS, timer, budget);
    }

    private static MockHttpServletRequest post(String contentType, int length) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/testvendor/rooms/general/messages");
        request.setContentType(contentType);
        request.setCharacterEncoding("UTF-8");
        if (length >= 0) {
            request.setContent(new byte[length]); // announces the length; the test feeds the bytes
        }
        request.setAsyncSupported(true);
        return request;
    }

    private static Pending start(AsyncBodyReader reader, MockHttpServletRequest request) throws Exception {
        FedBody body = new FedBody();
        MockHttpServletRequest withBody = new MockHttpServletRequest() {
            @Override
            public ServletInputStream getInputStream() {
                return body;
            }
        };
        copy(request, withBody);
        MockHttpServletResponse response = new MockHttpServletResponse();
        Chain chain = new Chain();
        reader.doFilter(withBody, response, chain);
        CountDownLatch dispatched = new CountDownLatch(1);
        ((MockAsyncContext) withBody.getAsyncContext()).addDispatchHandler(dispatched::countDown);
        return new Pending(withBody, response, chain, body, dispatched);
    }

    private static void copy(MockHttpServletRequest from, MockHttpServletRequest to) {
        to.setMethod(from.getMethod());
        to.setRequestURI(from.getRequestURI());
        to.setContentType(from.getContentType());
        to.setCharacterEncoding(from.getCharacterEncoding());
        to.setQueryString(from.getQueryString());
        to.setParameters(from.getParameterMap());
        to.setContent(from.getContentAsByteArray());
        to.setAsyncSupported(true);
        for (String name : java.util.Collections.list(from.getHeaderNames())) {
            to.addHeader(name, from.getHeader(name));
        }
    }

    /** The async dispatch: the reader again, now with the buffered body, then the chain. */
    private static HttpServletRequest replay(AsyncBodyReader reader, Pending p) throws Exception {
        p.request.setDispatcherType(DispatcherType.ASYNC);
        Chain chain = new Chain();
        reader.doFilter(p.async().getRequest(), p.response, chain);
        assertThat(chain.seen).isNotNull();
        return (HttpServletRequest) chain.seen;
    }

    private record Pending(MockHttpServletRequest request, MockHttpServletResponse response, Chain chain,
                           FedBody body, CountDownLatch dispatched) {
        MockAsyncContext async() {
            return (MockAsyncContext) request.getAsyncContext();
        }
    }

    private static final class Chain implements jakarta.servlet.FilterChain {
        ServletRequest seen;

        @Override
        public void doFilter(ServletRequest request, jakarta.servlet.ServletResponse response) {
            seen = request;
        }
    }
}
