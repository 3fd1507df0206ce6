package dev.teamgate.domain.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuthorizationRedirectTest {

    @Test
    void codeAndStateGoBackOnTheRegisteredUri() {
        assertThat(AuthorizationRedirect.withCode("http://localhost:3000/cb", "abc123", "xyz"))
                .isEqualTo("http://localhost:3000/cb?code=abc123&state=xyz");
    }

    @Test
    void aUriWithAQueryKeepsItAndGetsTheParametersAppended() {
        assertThat(AuthorizationRedirect.withCode("http://localhost:3000/cb?app=1", "abc123", null))
                .isEqualTo("http://localhost:3000/cb?app=1&code=abc123");
    }

    @Test
    void anErrorCarriesItsEncodedDescriptionAndTheEncodedState() {
        assertThat(AuthorizationRedirect.withError("http://localhost:3000/cb", "access_denied",
                "The user denied the request.", "a b&c"))
                .isEqualTo("http://localhost:3000/cb?error=access_denied"
                        + "&error_description=The+user+denied+the+request.&state=a+b%26c");
    }
}
