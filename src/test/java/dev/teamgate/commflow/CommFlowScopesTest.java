package dev.teamgate.commflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** CommFlow's scope names, their two spellings and what a credential without scopes holds, without a server. */
class CommFlowScopesTest {

    @Test
    void everyScopeIsReadAndWriteOfEachResourceInAStableOrder() {
        assertThat(CommFlowScopes.ALL).containsExactly(
                "read:conversations", "write:conversations", "read:contacts", "write:contacts",
                "read:tickets", "write:tickets", "read:webhooks", "write:webhooks",
                "read:users", "write:users", "read:files", "write:files");
        assertThat(CommFlowScope.READ_TICKETS.value()).isEqualTo("read:tickets");
    }

    @Test
    void bothSpellingsAreReadAndKeptInTheOverviewsSpelling() {
        assertThat(CommFlowScopes.canonical("tickets:write")).contains("write:tickets");
        assertThat(CommFlowScopes.canonical(" read:files ")).contains("read:files");
        assertThat(CommFlowScopes.canonical("read:invoices")).isEmpty();
        assertThat(CommFlowScopes.canonical("read")).isEmpty();
    }

    @Test
    void noStoredScopesGrantEverythingAndUnknownOnesAreDropped() {
        assertThat(CommFlowScopes.granted(Set.of())).isEqualTo(CommFlowScopes.ALL);
        assertThat(CommFlowScopes.granted(Set.of("tickets:read", "read:invoices"))).containsExactly("read:tickets");
    }

    @Test
    void requestedScopesAreSeparatedBySpacesCommasOrPlusSigns() {
        assertThat(CommFlowScopes.parseRequested("read:tickets,contacts:write+read:users"))
                .containsExactly("read:tickets", "write:contacts", "read:users");
        assertThat(CommFlowScopes.parseRequested("  ")).isEmpty();
        assertThatThrownBy(() -> CommFlowScopes.parseRequested("read:tickets admin"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("admin");
    }
}
