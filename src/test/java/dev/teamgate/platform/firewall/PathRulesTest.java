package dev.teamgate.platform.firewall;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The StrictHttpFirewall rules plus "the owner's prefix is spelled literally". */
class PathRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "/%5Fadmin/reset", "/_%61dmin/reset", "/_admin;x/reset", "/_admin/reset;jsessionid=1",
            "/_admin%2Freset", "/_admin%2freset", "/x/../_admin/reset", "/_admin/./reset", "/_admin/..",
            "//_admin/reset", "/_admin//reset", "/_admin%5Creset", "/_admin\\reset", "/a%252e", "/a%2e%2e/b",
            "/%63ommflow/oauth/token", "/commflow%3bx/v1/me", "/a%00b", "/a%0d%0ab"})
    void refused(String path) {
        assertThat(PathRules.violation(path)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/_admin/reset", "/commflow/v1/conversations/conv_123", "/flowdock/flows/acme/my-flow",
            "/flowdock/flows/acme/my-flow/messages?tags=a%2Cb", "/teamfluence/external/x%20y", "/", ""})
    void allowed(String path) {
        assertThat(PathRules.violation(path.split("\\?")[0])).isEmpty();
    }
}
