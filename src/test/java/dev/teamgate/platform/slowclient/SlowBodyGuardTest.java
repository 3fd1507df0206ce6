package dev.teamgate.platform.slowclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** POSTed forms are read through the body deadline: the guard parses them, not the container. */
class SlowBodyGuardTest {

    private static final FormBody.Limits LIMITS = new FormBody.Limits(1000, 2 * 1024 * 1024);

    @Test
    void formParametersComeFromTheQueryAndTheBodyInThatOrder() throws Exception {
        HttpServletRequest seen = filter(new SlowBodyGuard(new BodyDeadline(Duration.ofSeconds(10), 65536), LIMITS),
                form("a=1&b=two+words&a=3", "q=%E2%9C%93"));

        assertThat(seen.getParameterMap().keySet()).containsExactly("q", "a", "b");
        assertThat(seen.getParameterValues("a")).containsExactly("1", "3");
        assertThat(seen.getParameter("b")).isEqualTo("two words");
        assertThat(seen.getParameter("q")).isEqualTo("✓");
        assertThat(seen.getParameter("none")).isNull();
    }

    @Test
    void aFormBodyPastItsDeadlineIsCutOff() throws Exception {
        // no time at all, and a rate no body keeps up with: the first read is already late
        HttpServletRequest seen = filter(new SlowBodyGuard(new BodyDeadline(Duration.ofNanos(1), 1), LIMITS),
                form("content=hello", null));

        assertThatThrownBy(() -> seen.getParameter("content"))
                .isInstanceOf(InvalidParameterException.class)
                .hasCauseInstanceOf(dev.teamgate.platform.error.SlowRequestBodyException.class);
    }

    @Test
    void tooManyFormParametersAreRefusedAsTheContainerWould() throws Exception {
        HttpServletRequest seen = filter(new SlowBodyGuard(new BodyDeadline(Duration.ofSeconds(10), 65536),
                new FormBody.Limits(3, 1024)), form("a=1&b=2&c=3&d=4", null));

        assertThatThrownBy(seen::getParameterMap).isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void aFormBodyOverTheFormLimitIsRefused() throws Exception {
        HttpServletRequest seen = filter(new SlowBodyGuard(new BodyDeadline(Duration.ofSeconds(10), 65536),
                new FormBody.Limits(1000, 8)), form("content=more-than-eight", null));

        assertThatThrownBy(seen::getParameterMap).isInstanceOf(InvalidParameterException.class);
    }

    private static MockHttpServletRequest form(String body, String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/flowdock/flows/acme/my-flow/messages");
        request.setContentType("application/x-www-form-urlencoded");
        request.setCharacterEncoding("UTF-8");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        if (query != null) {
            request.setQueryString(query);
            request.addParameter("q", "✓"); // what the container decodes from the query
        }
        return request;
    }

    private static HttpServletRequest filter(SlowBodyGuard guard, MockHttpServletRequest request) throws Exception {
        AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
        guard.doFilter(request, new MockHttpServletResponse(),
                (req, res) -> seen.set((HttpServletRequest) req));
        return seen.get();
    }
}
