package dev.teamgate.domain.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AuthorizationResponseTypeTest {

    @Test
    void codeIsTheOneResponseTypeServed() {
        assertThatCode(() -> AuthorizationResponseType.requireCode("code")).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void aMissingResponseTypeIsAnInvalidRequest(String responseType) {
        assertThatThrownBy(() -> AuthorizationResponseType.requireCode(responseType))
                .isInstanceOfSatisfying(OAuthException.class, e -> {
                    assertThat(e.error()).isEqualTo("invalid_request");
                    assertThat(e.getMessage()).isEqualTo("response_type is required");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"token", "CODE", "code id_token"})
    void anyOtherResponseTypeIsUnsupported(String responseType) {
        assertThatThrownBy(() -> AuthorizationResponseType.requireCode(responseType))
                .isInstanceOfSatisfying(OAuthException.class, e -> {
                    assertThat(e.error()).isEqualTo("unsupported_response_type");
                    assertThat(e.getMessage())
                            .isEqualTo("Only response_type=code is supported");
                });
    }
}
