package dev.teamgate.platform.nativeport;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequestWrapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class PrefixedRequestTest {

    @Test
    void aNativePortRequestIsPresentedUnderThePrefixButKeepsTheClientsUri() {
        MockHttpServletRequest original = new MockHttpServletRequest("GET", "/v1/contacts");
        PrefixedRequest prefixed = new PrefixedRequest(original, "/commflow");

        assertThat(prefixed.getRequestURI()).isEqualTo("/commflow/v1/contacts");
        assertThat(PrefixedRequest.clientRequestUri(prefixed)).isEqualTo("/v1/contacts");
    }

    @Test
    void theClientsUriKeepsTheContextPath() {
        MockHttpServletRequest original = new MockHttpServletRequest("GET", "/app/v1/contacts");
        original.setContextPath("/app");
        PrefixedRequest prefixed = new PrefixedRequest(original, "/commflow");

        assertThat(prefixed.getRequestURI()).isEqualTo("/app/commflow/v1/contacts");
        assertThat(PrefixedRequest.clientRequestUri(prefixed)).isEqualTo("/app/v1/contacts");
    }

    @Test
    void aPrefixedRequestWrappedAgainIsStillFound() {
        PrefixedRequest prefixed = new PrefixedRequest(new MockHttpServletRequest("GET", "/v1/me"), "/commflow");

        assertThat(PrefixedRequest.clientRequestUri(new HttpServletRequestWrapper(prefixed))).isEqualTo("/v1/me");
    }

    @Test
    void onTheMainPortTheClientsUriIsTheRequestsOwn() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/commflow/v1/contacts");

        assertThat(PrefixedRequest.clientRequestUri(request)).isEqualTo("/commflow/v1/contacts");
    }
}
