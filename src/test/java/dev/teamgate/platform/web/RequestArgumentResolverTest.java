package dev.teamgate.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

class RequestArgumentResolverTest {

    record Greeting(String name) {
    }

    /** Reads the {@code name} query parameter. */
    static final class GreetingReader implements RequestArgumentReader<Greeting> {
        @Override
        public Greeting read(HttpServletRequest request) {
            return new Greeting(request.getParameter("name"));
        }
    }

    @SuppressWarnings("rawtypes")
    static final class RawReader implements RequestArgumentReader {
        @Override
        public Object read(HttpServletRequest request) {
            return "anything";
        }
    }

    @SuppressWarnings("unused")
    void handler(Greeting greeting, String other) {
    }

    private static MethodParameter parameter(int index) throws NoSuchMethodException {
        Method handler = RequestArgumentResolverTest.class.getDeclaredMethod("handler", Greeting.class, String.class);
        return new MethodParameter(handler, index);
    }

    @Test
    void theTypeIsTheOneTheReaderNamesWhereItImplementsTheInterface() {
        assertThat(new RequestArgumentResolver(new GreetingReader()).type()).isEqualTo(Greeting.class);
    }

    @Test
    void aParameterOfThatTypeGetsWhatTheReaderReadsAndNoOtherParameterIsTaken() throws Exception {
        RequestArgumentResolver resolver = new RequestArgumentResolver(new GreetingReader());
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/x");
        request.setParameter("name", "Ada");

        assertThat(resolver.supportsParameter(parameter(0))).isTrue();
        assertThat(resolver.supportsParameter(parameter(1))).isFalse();
        assertThat(resolver.resolveArgument(parameter(0), null, new ServletWebRequest(request), null))
                .isEqualTo(new Greeting("Ada"));
    }

    @Test
    void aReaderThatNamesNoTypeIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new RequestArgumentResolver(new RawReader()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("RawReader must name the type it reads");
    }
}
