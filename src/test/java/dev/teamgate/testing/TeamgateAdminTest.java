package dev.teamgate.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The typed control-plane client against a real server (in-process, through @TeamgateTest). */
@TeamgateTest
class TeamgateAdminTest {

    @Test
    void verifyPassesOnMatchesAndItsFailureListsTheNearestRequests(Teamgate teamgate, TeamgateAdmin admin) {
        VendorCalls.stackfieldChat(teamgate, "one");
        VendorCalls.commflowMe(teamgate);

        List<RecordedRequest> posts = admin.verify(1, RequestFilter.vendor(Vendor.STACKFIELD).method("POST"));
        assertThat(posts.get(0).path()).startsWith("/stackfield/apiwh/");
        assertThat(posts.get(0).status()).isEqualTo(200);
        assertThat(admin.count(RequestFilter.request("GET", "/commflow/v1/me").status(200))).isEqualTo(1);

        assertThatThrownBy(() -> admin.verify(RequestFilter.request("GET", "/commflow/v1/users")))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Expected at least one request matching {method=GET, path=/commflow/v1/users} "
                        + "but found 0. Nearest recorded requests (2 of the last 2):")
                .hasMessageContaining("\n  GET /commflow/v1/me -> 200 (commflow, commflow/my-workspace)  [1/2 criteria met; path differs]")
                .hasMessageContaining("\n  POST /stackfield/apiwh/");
        assertThatThrownBy(() -> admin.verify(2, RequestFilter.vendor(Vendor.STACKFIELD)))
                .hasMessageStartingWith("Expected 2 requests matching {vendor=stackfield} but found 1.");
    }

    @Test
    void faultsAnswerInTheVendorsShapeAndCanBeListedAndRemoved(Teamgate teamgate, TeamgateAdmin admin) {
        Fault added = admin.addFault(FaultSpec.status(Vendor.COMMFLOW, 503).path("/commflow/v1/me").times(1));
        assertThat(added.id()).isNotBlank();
        assertThat(admin.faults()).extracting(Fault::id, Fault::remaining).containsExactly(
                org.assertj.core.groups.Tuple.tuple(added.id(), 1));

        assertThat(VendorCalls.commflowMe(teamgate).statusCode()).isEqualTo(503);
        assertThat(VendorCalls.commflowMe(teamgate).statusCode()).isEqualTo(200);
        assertThat(admin.requests(RequestFilter.vendor(Vendor.COMMFLOW).status(503)).get(0).fault()).isEqualTo(added.id());

        Fault delay = admin.addFault(FaultSpec.delay(Vendor.FLOWDOCK, Duration.ofMillis(1)));
        assertThat(delay.delay()).isEqualTo(Duration.ofMillis(1));
        admin.removeFault(delay.id());
        assertThat(admin.faults()).extracting(Fault::id).containsExactly(added.id());
        admin.addFault(FaultSpec.drop(Vendor.FLOWDOCK));
        admin.clearFaults();
        assertThat(admin.faults()).isEmpty();
    }

    @Test
    void theClockFreezesMovesAndReturns(TeamgateAdmin admin) {
        Instant noon = Instant.parse("2026-01-15T12:00:00Z");
        assertThat(admin.freezeClock(noon)).isEqualTo(new ClockState(noon, true));
        assertThat(admin.advanceClock(Duration.ofHours(1)).now()).isEqualTo(noon.plusSeconds(3600));
        assertThat(admin.clock()).isEqualTo(new ClockState(noon.plusSeconds(3600), true));
        assertThat(admin.resetClock().frozen()).isFalse();
    }

    @Test
    void rateLimitsCanBeChangedExhaustedAndRefilled(Teamgate teamgate, TeamgateAdmin admin) {
        RateLimit changed = admin.setRateLimit(Vendor.COMMFLOW, true, 5, Duration.ofMinutes(1));
        assertThat(changed.capacity()).isEqualTo(5);
        assertThat(changed.period()).isEqualTo(Duration.ofMinutes(1));
        VendorCalls.commflowMe(teamgate);
        assertThat(admin.rateLimit(Vendor.COMMFLOW).buckets()).singleElement()
                .satisfies(bucket -> assertThat(bucket.available()).isEqualTo(bucket.capacity() - 1));

        admin.exhaustRateLimit(Vendor.COMMFLOW);
        assertThat(VendorCalls.commflowMe(teamgate).statusCode()).isEqualTo(429);
        String key = admin.rateLimit(Vendor.COMMFLOW).buckets().get(0).key();
        assertThat(admin.refillRateLimit(Vendor.COMMFLOW).buckets())
                .allSatisfy(bucket -> assertThat(bucket.available()).isEqualTo(bucket.capacity()));
        assertThat(VendorCalls.commflowMe(teamgate).statusCode()).isEqualTo(200);
        assertThat(admin.exhaustRateLimit(Vendor.COMMFLOW, key).buckets().get(0).available()).isZero();
        assertThat(VendorCalls.commflowMe(teamgate).statusCode()).isEqualTo(429);
    }

    @Test
    void workspacesAndFixturesRoundTrip(TeamgateAdmin admin) {
        TeamgateWorkspace copy = admin.createWorkspace(Vendor.TEAMFLUENCE);
        assertThat(copy.credential().get("profileId")).isNotBlank().isNotEqualTo("2f6b1c3e-8a4d-4e5f-9b7a-1c2d3e4f5a6b");

        JsonNode exported = admin.exportFixture(copy.ref());
        assertThat(exported.path("workspaces").get(0).path("slug").asString()).isEqualTo(copy.slug());
        admin.deleteWorkspace(copy.ref());
        assertThat(admin.loadFixture(exported)).containsExactly(copy.ref());
        admin.resetWorkspace("flowdock/acme");

        TeamgateWorkspace own = admin.createWorkspace(Vendor.COMMFLOW, "own", Map.of(
                "accounts", List.of(Map.of("slug", "me", "name", "Me", "email", "me@example.com")),
                "credentials", List.of(Map.of("kind", "API_KEY", "account", "me", "secret", "sk_test_own_key"))));
        assertThat(own.ref()).isEqualTo("commflow/own");
        assertThat(own.secret()).isEqualTo("sk_test_own_key");
        assertThat(admin.credentials().keySet()).contains("commflow", "flowdock", "stackfield", "talktome", "teamfluence");
    }

    @Test
    void webhookDeliveriesAreListed(TeamgateAdmin admin) {
        assertThat(admin.webhookDeliveries()).isEmpty();
        assertThat(admin.webhookDeliveries(Vendor.COMMFLOW, "message.created")).isEmpty();
        assertThatThrownBy(() -> admin.webhookDelivery(999_999)).isInstanceOf(TeamgateAdminException.class);
    }

    @Test
    void unknownJsonPropertiesAreIgnored() {
        RecordedRequest entry = AdminHttp.JSON.readValue("""
                {"id":7,"time":"2026-01-15T12:00:00Z","vendor":"flowdock","method":"GET","path":"/flowdock/flows",
                 "query":null,"status":200,"durationMillis":3,"requestBody":"","responseBody":"[]",
                 "credential":"dead…","fault":null,"workspace":"flowdock/acme","addedLater":{"x":1}}""",
                RecordedRequest.class);
        assertThat(entry.workspace()).isEqualTo("flowdock/acme");
        assertThat(entry.summary()).isEqualTo("GET /flowdock/flows -> 200 (flowdock, flowdock/acme)");
    }
}
