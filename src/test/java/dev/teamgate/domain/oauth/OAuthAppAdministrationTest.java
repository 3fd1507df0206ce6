package dev.teamgate.domain.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.teamgate.domain.InvalidInputException;
import dev.teamgate.domain.NotFoundException;
import dev.teamgate.domain.account.AccountRepository;
import dev.teamgate.domain.workspace.Workspace;
import dev.teamgate.domain.workspace.WorkspaceRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class OAuthAppAdministrationTest {

    /** A vendor whose scopes have two spellings, stored in the first (as CommFlow's). */
    private static final OAuthAppKind KIND = new OAuthAppKind("commflow", "cf_client_", "cf_secret_", "OAuth app",
            scope -> switch (scope) {
                case "read:tickets", "tickets:read" -> Optional.of("read:tickets");
                default -> Optional.empty();
            }, List.of("read:tickets"));

    private final OAuthAppRepository apps = mock(OAuthAppRepository.class);
    private final OAuthService oauth = mock(OAuthService.class);
    private final AccountRepository accounts = mock(AccountRepository.class);
    private final WorkspaceRepository workspaces = mock(WorkspaceRepository.class);
    private final OAuthAppAdministration administration = new OAuthAppAdministration(apps, oauth, accounts, workspaces);
    private final Workspace workspace = new Workspace("commflow", "my-workspace", "ws_456", "My workspace", Instant.EPOCH);

    @Test
    void anotherVendorsAppIsNotFound() {
        Workspace flowdock = new Workspace("flowdock", "acme", "1", "Acme", Instant.EPOCH);
        when(apps.findByClientId("shared")).thenReturn(Optional.of(new OAuthApp(flowdock, "shared", "h", "p", "App",
                Instant.EPOCH)));

        assertThatThrownBy(() -> administration.find(KIND, "shared")).isInstanceOf(NotFoundException.class)
                .hasMessage("OAuth app shared not found");
    }

    @Test
    void findsTheVendorsWorkspaceBySlug() {
        when(workspaces.findByVendorAndSlug("commflow", "my-workspace")).thenReturn(Optional.of(workspace));

        assertThat(administration.workspace(KIND, "my-workspace")).containsSame(workspace);
    }

    @Test
    void anotherVendorsWorkspaceWithTheSameSlugIsNotFound() {
        Workspace flowdock = new Workspace("flowdock", "acme", "1", "Acme", Instant.EPOCH);
        when(workspaces.findByVendorAndSlug("flowdock", "acme")).thenReturn(Optional.of(flowdock));
        when(workspaces.findByVendorAndSlug("commflow", "acme")).thenReturn(Optional.empty());

        assertThat(administration.workspace(KIND, "acme")).isEmpty();
    }

    @Test
    void listsOnlyTheVendorsWorkspacesInTheRepositorysOrder() {
        Workspace test = new Workspace("commflow", "my-workspace-test", "ws_456", "My workspace", Instant.EPOCH);
        when(workspaces.findByVendorOrderById("commflow")).thenReturn(List.of(workspace, test));
        when(workspaces.findByVendorOrderById("flowdock")).thenReturn(List.of(
                new Workspace("flowdock", "acme", "1", "Acme", Instant.EPOCH)));

        assertThat(administration.workspaces(KIND)).containsExactly(workspace, test);
    }

    @Test
    void registersWithTheVendorsPrefixesAndScopesInTheStoredSpelling() {
        when(oauth.register(eq(workspace), any())).thenReturn(new RegisteredApp(null, "secret"));

        administration.register(KIND, workspace, new OAuthAppRequest("App", List.of("http://localhost/cb"),
                List.of("tickets:read"), true, null, "account", null, null));

        ArgumentCaptor<NewOAuthApp> spec = ArgumentCaptor.forClass(NewOAuthApp.class);
        verify(oauth).register(eq(workspace), spec.capture());
        assertThat(spec.getValue()).isEqualTo(new NewOAuthApp(null, "cf_client_", null, "cf_secret_", "App",
                List.of("http://localhost/cb"), Set.of("read:tickets"), true, null));
    }

    @Test
    void anUnknownScopeIsRefusedNamingTheKnownOnes() {
        assertThatThrownBy(() -> administration.register(KIND, workspace, new OAuthAppRequest("App",
                List.of("http://localhost/cb"), List.of("admin"), false, null, "account", null, null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("unknown scope admin; known: read:tickets");
    }

    @Test
    void anUnknownApproverIsRefusedUnderTheVendorsFieldName() {
        when(accounts.findByWorkspaceAndExternalId(workspace, "user_9")).thenReturn(Optional.empty());

        assertThatThrownBy(() -> administration.register(KIND, workspace, new OAuthAppRequest("App",
                List.of("http://localhost/cb"), List.of(), false, "user_9", "user", null, null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("no user user_9 in my-workspace")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("user");
    }
}
