package dev.teamgate.platform.gateway;

import static dev.teamgate.platform.gateway.GatewayFixtures.ALICE;
import static dev.teamgate.platform.gateway.GatewayFixtures.ERRORS;
import static dev.teamgate.platform.gateway.GatewayFixtures.captured;
import static dev.teamgate.platform.gateway.GatewayFixtures.request;
import static dev.teamgate.platform.gateway.GatewayFixtures.vendor;
import static dev.teamgate.platform.gateway.GatewayFixtures.wire;
import static org.assertj.core.api.Assertions.assertThat;

import dev.teamgate.platform.auth.AuthOutcome;
import dev.teamgate.platform.clock.TeamgateClock;
import dev.teamgate.platform.error.ApiProblem;
import dev.teamgate.platform.error.ProblemKind;
import dev.teamgate.platform.gateway.GatewayStep.Next;
import dev.teamgate.platform.journal.JournalEntry;
import dev.teamgate.platform.journal.JournalQuery;
import dev.teamgate.platform.journal.JournalRecorder;
import dev.teamgate.platform.journal.RequestJournal;
import dev.teamgate.platform.metrics.VendorMetrics;
import dev.teamgate.platform.nativeport.NativePorts;
import dev.teamgate.platform.ratelimit.RateLimitSettings;
import dev.teamgate.platform.ratelimit.RateLimiter;
import dev.teamgate.platform.vendor.VendorApi;
import dev.teamgate.platform.vendor.VendorRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The later steps, each on its own: body size, refusal, rate limit, journal; and the router. */
class GatewayLimitStepsTest {

    @Nested
    class BodySize {

        @Test
        void aDeclaredLengthOverTheLimitIsA413() throws Exception {
            MockHttpServletRequest request = request("POST", "/v/things");
            request.setContent(new byte[11]);
            GatewayExchange exchange = captured(vendor().build(), request);

            assertThat(new BodySizeStep(ERRORS, 10).handle(exchange)).isEqualTo(Next.ANSWERED);
            assertThat(wire(exchange).getStatus()).isEqualTo(413);
            assertThat(wire(exchange).getContentAsString()).contains("PAYLOAD_TOO_LARGE");
        }

        @Test
        void aMultipartUploadAndABodyWithinTheLimitGoOn() throws Exception {
            MockHttpServletRequest upload = request("POST", "/v/files");
            upload.setContentType("multipart/form-data; boundary=x");
            upload.setContent(new byte[11]);
            MockHttpServletRequest small = request("POST", "/v/things");
            small.setContent(new byte[10]);

            assertThat(new BodySizeStep(ERRORS, 10).handle(captured(vendor().build(), upload))).isEqualTo(Next.CONTINUE);
            assertThat(new BodySizeStep(ERRORS, 10).handle(captured(vendor().build(), small))).isEqualTo(Next.CONTINUE);
        }
    }

    @Nested
    class Refusal {

        @Test
        void theAuthenticatorsRefusalIsAnsweredInTheVendorsShape() throws Exception {
            GatewayExchange exchange = captured(vendor().build(), request("GET", "/v/things"));
            exchange.authenticated(AuthOutcome.refused(ApiProblem.of(ProblemKind.UNAUTHENTICATED, "who are you")));

            assertThat(new RefusalStep(ERRORS).handle(exchange)).isEqualTo(Next.ANSWERED);
            assertThat(wire(exchange).getStatus()).isEqualTo(401);
            assertThat(wire(exchange).getContentAsString()).contains("who are you");
        }

        @Test
        void withoutARefusalTheRequestGoesOn() throws Exception {
            GatewayExchange exchange = captured(vendor().build(), request("GET", "/v/things"));

            assertThat(new RefusalStep(ERRORS).handle(exchange)).isEqualTo(Next.CONTINUE);
        }
    }

    @Nested
    class RateLimit {

        private final RateLimiter limiter = RateLimiter.inMemory(new TeamgateClock());
        private final VendorApi limited = vendor()
                .rateLimit(new RateLimitSettings(true, 1, Duration.ofMinutes(1)))
                .rateLimitHeaders((decision, response) ->
                        response.setHeader("X-Left", String.valueOf(decision.remaining())))
                .build();

        @Test
        void theSecondRequestOfACallerInAWindowIsA429WithTheVendorsHeaders() throws Exception {
            RateLimitStep step = new RateLimitStep(limiter, ERRORS);
            GatewayExchange first = captured(limited, request("GET", "/v/things"));
            first.authenticated(AuthOutcome.authenticated(ALICE));
            GatewayExchange second = captured(limited, request("GET", "/v/things"));
            second.authenticated(AuthOutcome.authenticated(ALICE));

            assertThat(step.handle(first)).isEqualTo(Next.CONTINUE);
            assertThat(wire(first).getHeader("X-Left")).isEqualTo("0");
            assertThat(step.handle(second)).isEqualTo(Next.ANSWERED);
            assertThat(wire(second).getStatus()).isEqualTo(429);
        }

        @Test
        void anonymousCallersAreCountedByAddress() throws Exception {
            RateLimitStep step = new RateLimitStep(limiter, ERRORS);
            MockHttpServletRequest other = request("GET", "/v/things");
            other.setRemoteAddr("198.51.100.9");

            assertThat(step.handle(captured(limited, request("GET", "/v/things")))).isEqualTo(Next.CONTINUE);
            assertThat(step.handle(captured(limited, other))).isEqualTo(Next.CONTINUE);
            assertThat(step.handle(captured(limited, request("GET", "/v/things")))).isEqualTo(Next.ANSWERED);
        }
    }

    @Nested
    class Journal {

        private final RequestJournal entries = new RequestJournal(10);
        private final JournalStep step = new JournalStep(new JournalRecorder(entries, new TeamgateClock(), 1024, null),
                new VendorMetrics(new SimpleMeterRegistry(), entries));

        @Test
        void aCapturedRequestIsJournaledWithItsStatusAndFault() throws Exception {
            GatewayExchange exchange = captured(vendor().build(), request("GET", "/v/things"));
            exchange.response().setStatus(503);
            exchange.faultFired("fault-1", false);

            step.record(exchange);

            JournalEntry entry = entries.find(JournalQuery.ALL, 10).get(0);
            assertThat(entry.path()).isEqualTo("/v/things");
            assertThat(entry.status()).isEqualTo(503);
            assertThat(entry.fault()).isEqualTo("fault-1");
        }

        @Test
        void aDroppedConnectionIsStatusZeroAndAnAnswerBeforeCaptureIsNotJournaled() {
            GatewayExchange dropped = captured(vendor().build(), request("GET", "/v/things"));
            dropped.faultFired("fault-2", true);
            step.record(dropped);
            step.record(GatewayFixtures.exchange(vendor().build(), request("OPTIONS", "/v/things")));

            assertThat(entries.find(JournalQuery.ALL, 10)).singleElement()
                    .satisfies(entry -> assertThat(entry.status()).isZero());
        }
    }

    @Nested
    class Router {

        private final VendorApi v = vendor().build();
        private final VendorRegistry registry = new VendorRegistry(List.of(v));
        private final VendorRouter router = new VendorRouter(registry, new NativePorts(registry));

        @Test
        void theVendorWhosePrefixOwnsThePathIsPicked() {
            assertThat(router.route(request("GET", "/v/things"))).hasValueSatisfying(routed ->
                    assertThat(routed.vendor()).isSameAs(v));
        }

        @Test
        void otherPathsAreNotVendorCalls() {
            assertThat(router.route(request("GET", "/_admin/journal"))).isEmpty();
            assertThat(router.route(request("GET", "/vx/things"))).isEmpty();
        }
    }
}
