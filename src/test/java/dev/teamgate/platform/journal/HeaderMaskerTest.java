package dev.teamgate.platform.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HeaderMaskerTest {

    private final HeaderMasker masker = new HeaderMasker(Set.of("flow_token", "X-Vendor-Pass"));

    private Map<String, String> mask(Map<String, List<String>> headers) {
        return masker.mask(headers.keySet(), headers::get);
    }

    @Test
    void credentialsCookiesAndTokenLikeHeadersAreMasked() {
        var masked = mask(new java.util.LinkedHashMap<>(Map.of(
                "Authorization", List.of("Bearer sk_live_secret"),
                "Proxy-Authorization", List.of("Basic dXNlcjpwYXNz"),
                "Cookie", List.of("session=abc"),
                "X-Api-Key", List.of("k"),
                "X-Auth-Token", List.of("t"),
                "X-Client-Secret", List.of("s"),
                "x-vendor-pass", List.of("p"),
                "Flow_Token", List.of("f"))));
        assertThat(masked).containsEntry("Authorization", "Bearer ***").containsEntry("Proxy-Authorization", "Basic ***")
                .containsEntry("Cookie", "***").containsEntry("X-Api-Key", "***").containsEntry("X-Auth-Token", "***")
                .containsEntry("X-Client-Secret", "***").containsEntry("x-vendor-pass", "***")
                .containsEntry("Flow_Token", "***");
    }

    @Test
    void ordinaryHeadersAreKeptAndRepeatedOnesJoined() {
        var masked = mask(Map.of("Accept", List.of("application/json", "text/plain"),
                "Idempotency-Key", List.of("abc-123"), "X-Request-Id", List.of("r1"),
                "Authorization", List.of("sk_live_no_scheme")));
        assertThat(masked).containsEntry("Accept", "application/json, text/plain")
                .containsEntry("Idempotency-Key", "abc-123").containsEntry("X-Request-Id", "r1")
                .containsEntry("Authorization", "***");
    }
}
