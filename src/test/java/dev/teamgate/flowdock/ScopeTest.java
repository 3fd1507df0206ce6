package dev.teamgate.flowdock;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Flowdock's scope names and their order, without a server (parsing: {@code FlowdockOAuthWireTest}). */
class ScopeTest {

    @Test
    void scopesAreSpelledAsFlowdockDoesInTheDocsOrder() {
        assertThat(Scopes.ALL).containsExactly("flow", "private", "manage", "profile", "offline_access", "integration");
        assertThat(Scope.of("offline_access")).contains(Scope.OFFLINE_ACCESS);
        assertThat(Scope.of("OFFLINE_ACCESS")).isEmpty();
        assertThat(Scope.INTEGRATION.meaning()).isEqualTo("Create sources.");
    }
}
