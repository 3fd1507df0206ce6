package dev.teamgate.admin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The filter is always registered (a bean condition would be frozen at build time by Spring AOT),
 * so the token decides at run time: set, it guards {@code /_admin}; blank, it lets every call pass.
 */
class AdminTokenFilterTest {

    @Test
    void withATokenTheControlPlaneNeedsIt() throws ServletException, IOException {
        AdminTokenFilter filter = new AdminTokenFilter("secret");

        assertThat(status(filter, "/_admin/reset", null)).isEqualTo(401);
        assertThat(status(filter, "/_admin", "Bearer wrong")).isEqualTo(401);
        assertThat(status(filter, "/_admin/reset", "Bearer secret")).isEqualTo(200);
        assertThat(status(filter, "/flowdock/flows", null)).isEqualTo(200);
    }

    @Test
    void theLockDecidesOnTheDecodedPathTheContainerDispatches() throws ServletException, IOException {
        AdminTokenFilter filter = new AdminTokenFilter("secret");
        for (String raw : new String[] {"/%5Fadmin/reset", "/_%61dmin/reset", "/_admin;x/reset"}) {
            MockHttpServletRequest request = new MockHttpServletRequest("POST", raw);
            request.setServletPath("/_admin/reset");
            MockHttpServletResponse response = new MockHttpServletResponse();
            MockFilterChain chain = new MockFilterChain();
            filter.doFilter(request, response, chain);
            assertThat(chain.getRequest()).as(raw).isNull();
            assertThat(response.getStatus()).as(raw).isEqualTo(401);
        }
    }

    @Test
    void withoutATokenEveryCallPasses() throws ServletException, IOException {
        for (String blank : new String[] {"", "  "}) {
            AdminTokenFilter filter = new AdminTokenFilter(blank);
            assertThat(status(filter, "/_admin/reset", null)).isEqualTo(200);
            assertThat(status(filter, "/_admin", "Bearer anything")).isEqualTo(200);
        }
    }

    private static int status(AdminTokenFilter filter, String path, String authorization)
            throws ServletException, IOException {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        return chain.getRequest() == null ? response.getStatus() : 200;
    }
}
