package dev.teamgate.platform.gateway;

import dev.teamgate.platform.auth.Caller;
import dev.teamgate.platform.error.ErrorWriter;
import dev.teamgate.platform.error.RenderedError;
import dev.teamgate.platform.vendor.VendorApi;
import java.util.Map;
import java.util.Set;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** A small vendor and exchanges for testing one gateway step at a time. */
final class GatewayFixtures {

    static final ErrorWriter ERRORS = new ErrorWriter(JsonMapper.builder().build());
    static final Caller ALICE = new Caller("v", 1L, 2L, 3L, "credential:3", "tok_abc", Set.of(), Map.of());

    private GatewayFixtures() {
    }

    /** Renders every problem as {@code {"kind": ..., "message": ...}} with the kind's default status. */
    static VendorApi.Builder vendor() {
        return VendorApi.builder("v").displayName("V").pathPrefix("/v")
                .errorRenderer(problem -> RenderedError.of(problem.kind().defaultStatus(),
                        Map.of("kind", problem.kind().name(), "message", problem.message())));
    }

    static MockHttpServletRequest request(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setRemoteAddr("192.0.2.7");
        return request;
    }

    static GatewayExchange exchange(VendorApi vendor, MockHttpServletRequest request) {
        return new GatewayExchange(vendor, request, new MockHttpServletResponse());
    }

    /** An exchange past {@link CaptureStep}, as every step after it sees one. */
    static GatewayExchange captured(VendorApi vendor, MockHttpServletRequest request) {
        GatewayExchange exchange = exchange(vendor, request);
        new CaptureStep(1024, 1_000_000).handle(exchange);
        return exchange;
    }

    static MockHttpServletResponse wire(GatewayExchange exchange) {
        return (MockHttpServletResponse) ((CappedTeeResponse) exchange.response()).getResponse();
    }
}
