package dev.teamgate.platform.slowclient;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamgate.support.ServerTest;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request whose body {@link AsyncBodyReader} read reaches the filters behind it as an async
 * dispatch. A filter registered for {@code REQUEST} only would never see it, and a
 * {@code OncePerRequestFilter} that does not ask {@link BodyReplay} would skip it: every vendor
 * request with a body would then bypass the gateway (authentication, rate limits, journal) or the
 * admin-token lock. This test keeps every filter registered behind the reader honest.
 */
class FilterRegistrationsServerTest extends ServerTest {

    @Autowired
    List<FilterRegistrationBean<?>> registrations;

    @Test
    void everyFilterBehindTheReaderRunsOnTheReplay() throws Exception {
        int readerOrder = registrations.stream().filter(r -> r.getFilter() instanceof AsyncBodyReader)
                .findFirst().orElseThrow().getOrder();
        List<FilterRegistrationBean<?>> behind = registrations.stream()
                .filter(r -> r.getOrder() > readerOrder && !(r.getFilter() instanceof SlowBodyGuard))
                .toList();

        assertThat(behind).extracting(r -> r.getFilter().getClass().getSimpleName())
                .contains("VendorGateway", "AdminTokenFilter", "JsonByDefaultFilter");
        for (FilterRegistrationBean<?> registration : behind) {
            String name = registration.getFilter().getClass().getName();
            assertThat(registration.determineDispatcherTypes()).as(name).contains(DispatcherType.REQUEST,
                    DispatcherType.ASYNC);
            if (registration.getFilter() instanceof OncePerRequestFilter) {
                assertThat(registration.getFilter().getClass().getDeclaredMethod("isAsyncDispatch",
                        HttpServletRequest.class)).as(name + " overrides isAsyncDispatch").isNotNull();
            }
        }
    }

    /** The blocking guard must not run on a replay: its body is already read. */
    @Test
    void theBlockingGuardRunsOnPlainRequestsOnly() {
        assertThat(registrations.stream().filter(r -> r.getFilter() instanceof SlowBodyGuard).findFirst()
                .orElseThrow().determineDispatcherTypes()).containsExactly(DispatcherType.REQUEST);
    }
}
