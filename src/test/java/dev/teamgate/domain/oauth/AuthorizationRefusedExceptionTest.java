package dev.teamgate.domain.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuthorizationRefusedExceptionTest {

    @Test
    void aRefusalGoesBackToTheRedirectUriWithItsErrorDescriptionAndState() {
        AuthorizationRefusedException refused = new AuthorizationRefusedException("http://localhost:3000/cb",
                "access_denied", "The user denied the request.", "a b&c");
        assertThat(refused.location()).isEqualTo("http://localhost:3000/cb?error=access_denied"
                + "&error_description=The+user+denied+the+request.&state=a+b%26c");
        assertThat(refused.error()).isEqualTo("access_denied");
        assertThat(refused).hasMessage("The user denied the request.");
    }

    @Test
    void withoutStateTheLocationHasNoStateParameter() {
        assertThat(new AuthorizationRefusedException("http://localhost:3000/cb", "access_denied",
                "The user denied the request", null).location())
                .isEqualTo("http://localhost:3000/cb?error=access_denied&error_description=The+user+denied+the+request");
    }

    @Test
    void aRedirectUriWithAQueryKeepsItAndGetsTheErrorAppended() {
        assertThat(new AuthorizationRefusedException("http://localhost:3000/cb?app=1", "access_denied", "No.", "s")
                .location())
                .isEqualTo("http://localhost:3000/cb?app=1&error=access_denied&error_description=No.&state=s");
    }

    @Test
    void anOAuthFailureKeepsItsErrorCodeAndDescriptionWordForWordAndIsTheCause() {
        OAuthException scope = new OAuthException("invalid_scope", "Unknown scope 'admin:everything'.");
        AuthorizationRefusedException refused = new AuthorizationRefusedException("http://localhost:3000/cb", scope, "s2");
        assertThat(refused.location()).isEqualTo("http://localhost:3000/cb?error=invalid_scope"
                + "&error_description=Unknown+scope+%27admin%3Aeverything%27.&state=s2");
        assertThat(refused.error()).isEqualTo("invalid_scope");
        assertThat(refused).hasMessage("Unknown scope 'admin:everything'.").hasCause(scope);
    }
}
