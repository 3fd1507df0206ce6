package dev.teamgate.platform.gateway;

import static dev.teamgate.platform.gateway.GatewayFixtures.ALICE;
import static dev.teamgate.platform.gateway.GatewayFixtures.ERRORS;
import static dev.teamgate.platform.gateway.GatewayFixtures.captured;
import static dev.teamgate.platform.gateway.GatewayFixtures.exchange;
import static dev.teamgate.platform.gateway.GatewayFixtures.request;
import static dev.teamgate.platform.gateway.GatewayFixtures.vendor;
import static dev.teamgate.platform.gateway.GatewayFixtures.wire;
import static org.assertj.core.api.Assertions.assertThat;

import dev.teamgate.platform.auth.AuthOutcome;
import dev.teamgate.platform.auth.Caller;
import dev.teamgate.platform.fault.FaultInjector;
import dev.teamgate.platform.fault.FaultRule;
import dev.teamgate.platform.fault.FaultRules;
import dev.teamgate.platform.gateway.GatewayStep.Next;
import dev.teamgate.platform.vendor.VendorApi;
import dev.teamgate.platform.vendor.VendorContext;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.util.ContentCachingRequestWrapper;

/** The first steps of the chain, each on its own: edge, capture, fault, authentication, decoration. */
class GatewayStepsTest {

    @Nested
    class Edge {

        @Test
        void anEdgeHandlerThatAnswersEndsTheChain() throws Exception {
            VendorApi v = vendor().edgeHandler((request, response) -> {
                response.setStatus(204);
                return null;
            }).build();
            GatewayExchange exchange = exchange(v, request("OPTIONS", "/v/things"));

            assertThat(new EdgeStep().handle(exchange)).isEqualTo(Next.ANSWERED);
            assertThat(((MockHttpServletResponse) exchange.response()).getStatus()).isEqualTo(204);
        }

        @Test
        void aReaddressedRequestIsWhatTheNextStepsSee() throws Exception {
            VendorApi v = vendor().edgeHandler((request, response) -> new HttpServletRequestWrapper(request) {
                @Override
                public String getRequestURI() {
                    return "/v/things";
                }
            }).build();
            GatewayExchange exchange = exchange(v, request("GET", "/v/things.json"));

            assertThat(new EdgeStep().handle(exchange)).isEqualTo(Next.CONTINUE);
            assertThat(exchange.request().getRequestURI()).isEqualTo("/v/things");
        }
    }

    @Nested
    class Capture {

        @Test
        void theBodyIsCachedForTheJournalAndTheResponseTeed() throws Exception {
            VendorApi v = vendor().build();
            MockHttpServletRequest request = request("POST", "/v/things");
            request.setContent("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
            GatewayExchange exchange = exchange(v, request);

            assertThat(new CaptureStep(1024, 1_000).handle(exchange)).isEqualTo(Next.CONTINUE);
            exchange.request().getInputStream().readAllBytes();
            exchange.response().getWriter().write("ok");
            exchange.response().flushBuffer();

            assertThat(exchange.captured()).isSameAs(exchange.request());
            assertThat(exchange.captured().getContentAsString()).isEqualTo("{\"a\":1}");
            assertThat(exchange.tee().copiedBody()).isEqualTo("ok");
            assertThat(VendorContext.vendor(exchange.request())).contains(v);
        }

        @Test
        void aMultipartBodyIsNotCutOffAtTheBodyLimit() throws Exception {
            MockHttpServletRequest request = request("POST", "/v/files");
            request.setContentType("multipart/form-data; boundary=x");
            request.setContent(new byte[50]);
            GatewayExchange exchange = exchange(vendor().build(), request);

            new CaptureStep(1024, 10).handle(exchange);

            assertThat(exchange.request().getInputStream().readAllBytes()).hasSize(50);
            assertThat(exchange.request()).isInstanceOf(ContentCachingRequestWrapper.class);
        }
    }

    @Nested
    class Fault {

        private final FaultRules rules = new FaultRules();
        private final FaultStep step = new FaultStep(new FaultInjector(rules, ERRORS));

        @Test
        void aMatchingRuleAnswersInTheVendorsShapeAndIsNamedForTheJournal() throws Exception {
            FaultRule rule = rules.add(new FaultRule(null, "v", "GET", "/v/things", null, null, null, null, 503,
                    "down", false));
            GatewayExchange exchange = captured(vendor().build(), request("GET", "/v/things"));

            assertThat(step.handle(exchange)).isEqualTo(Next.ANSWERED);
            assertThat(wire(exchange).getStatus()).isEqualTo(503);
            assertThat(wire(exchange).getContentAsString()).contains("\"message\":\"down\"");
            assertThat(exchange.faultId()).isEqualTo(rule.id());
            assertThat(exchange.dropped()).isFalse();
        }

        @Test
        void noRuleLetsTheRequestGoOn() throws Exception {
            rules.add(new FaultRule(null, "other", null, null, null, null, null, null, 500, null, false));
            GatewayExchange exchange = captured(vendor().build(), request("GET", "/v/things"));

            assertThat(step.handle(exchange)).isEqualTo(Next.CONTINUE);
            assertThat(exchange.faultId()).isNull();
        }
    }

    @Nested
    class Authentication {

        @Test
        void aCallerBecomesARequestAttribute() throws Exception {
            VendorApi v = vendor().authenticator(request -> AuthOutcome.authenticated(ALICE)).build();
            GatewayExchange exchange = captured(v, request("GET", "/v/things"));

            assertThat(new AuthenticationStep().handle(exchange)).isEqualTo(Next.CONTINUE);
            assertThat(exchange.caller()).isEqualTo(ALICE);
            assertThat(Caller.current(exchange.request())).contains(ALICE);
        }

        @Test
        void aRefusalIsNotedButNotYetAnswered() throws Exception {
            VendorApi v = vendor().authenticator(request -> AuthOutcome.refused(
                    dev.teamgate.platform.error.ApiProblem.of(
                            dev.teamgate.platform.error.ProblemKind.UNAUTHENTICATED, "who are you"))).build();
            GatewayExchange exchange = captured(v, request("GET", "/v/things"));

            assertThat(new AuthenticationStep().handle(exchange)).isEqualTo(Next.CONTINUE);
            assertThat(exchange.outcome().isRefused()).isTrue();
            assertThat(exchange.caller()).isNull();
            assertThat(wire(exchange).getStatus()).isEqualTo(200);
        }
    }

    @Nested
    class Decoration {

        @Test
        void theVendorsHeadersGoOnTheResponseWithTheCaller() throws Exception {
            VendorApi v = vendor().responseDecorator((request, response, caller) ->
                    response.setHeader("V-User", caller == null ? "0" : String.valueOf(caller.accountId()))).build();
            GatewayExchange exchange = captured(v, request("GET", "/v/things"));
            exchange.authenticated(AuthOutcome.authenticated(ALICE));

            assertThat(new DecorationStep().handle(exchange)).isEqualTo(Next.CONTINUE);
            assertThat(wire(exchange).getHeader("V-User")).isEqualTo("2");
        }
    }
}
