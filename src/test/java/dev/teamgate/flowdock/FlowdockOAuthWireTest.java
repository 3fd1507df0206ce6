package dev.teamgate.flowdock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.teamgate.domain.oauth.IssuedTokens;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scope lists and token answers as Flowdock's authentication docs print them. */
class FlowdockOAuthWireTest {

    @Test
    void scopesAreSpaceOrCommaSeparatedInTheDocsOrderAndDefaultToFlowAndPrivate() {
        assertThat(Scopes.parse(null)).containsExactly("flow", "private");
        assertThat(Scopes.parse("  ")).containsExactly("flow", "private");
        assertThat(Scopes.parse("integration,flow offline_access")).containsExactly("flow", "offline_access", "integration");
        assertThatThrownBy(() -> Scopes.parse("flow admin")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("admin");
    }

    @Test
    void tokenAnswerIsFormEncodedWithCommaSeparatedScopesAndARefreshTokenOnlyWhenIssued() {
        IssuedTokens withoutRefresh = new IssuedTokens("abc", null, null, null,
                new LinkedHashSet<>(List.of("flow", "private")), 7200);
        assertThat(TokenAnswer.of(withoutRefresh).formEncoded())
                .isEqualTo("access_token=abc&expires_in=7200&scope=flow%2Cprivate&token_type=bearer");
        IssuedTokens withRefresh = new IssuedTokens("abc", null, "r+1", null,
                new LinkedHashSet<>(List.of("flow", "offline_access")), 60);
        assertThat(TokenAnswer.of(withRefresh).formEncoded())
                .isEqualTo("access_token=abc&refresh_token=r%2B1&expires_in=60&scope=flow%2Coffline_access&token_type=bearer");
    }
}
