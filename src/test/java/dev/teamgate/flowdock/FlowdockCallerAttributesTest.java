package dev.teamgate.flowdock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamgate.platform.auth.Caller;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the authenticator notes on a caller reads back typed, and absent notes read as "no". */
class FlowdockCallerAttributesTest {

    static Caller caller(Map<String, Object> attributes) {
        return new Caller("flowdock", 1L, 2L, 3L, "credential:3", "abc", Set.of(), attributes);
    }

    @Test
    void aPersonWithAnOAuthTokenReadsBackAsSuch() {
        Caller person = caller(FlowdockCallerAttributes.ofUser("42", true));
        assertThat(FlowdockCallerAttributes.userId(person)).isEqualTo("42");
        assertThat(FlowdockCallerAttributes.viaOAuth(person)).isTrue();
        assertThat(FlowdockCallerAttributes.roomTokenId(person)).isNull();
    }

    @Test
    void aPersonWithAnApiTokenIsNotLimitedByOAuthScopes() {
        Caller person = caller(FlowdockCallerAttributes.ofUser("42", false));
        assertThat(FlowdockCallerAttributes.userId(person)).isEqualTo("42");
        assertThat(FlowdockCallerAttributes.viaOAuth(person)).isFalse();
    }

    @Test
    void aSourceIsNoUser() {
        Caller source = caller(FlowdockCallerAttributes.ofRoomToken(7L));
        assertThat(FlowdockCallerAttributes.roomTokenId(source)).isEqualTo(7L);
        assertThat(FlowdockCallerAttributes.userId(source)).isNull();
        assertThat(FlowdockCallerAttributes.viaOAuth(source)).isFalse();
    }

    @Test
    void nobodyIsNoUserAndNoSource() {
        assertThat(FlowdockCallerAttributes.userId(null)).isNull();
        assertThat(FlowdockCallerAttributes.viaOAuth(null)).isFalse();
        assertThat(FlowdockCallerAttributes.roomTokenId(null)).isNull();
    }
}
