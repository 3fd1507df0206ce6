package dev.teamgate.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkspaceClonerTest {

    @ParameterizedTest
    @CsvSource({
            "sk_live_teamgate_professional, sk_live_",
            "sk_test_teamgate_professional, sk_test_",
            "sk_live_xxxxx, sk_live_",
            "tfk_growth_steven_owner_key, tfk_growth_",
            "whsec_demo, whsec_",
            "tv_alpha_ann_key, tv_alpha_ann_",
            "oauth-mike-all-scopes-0000000002, oauth-mike-all-",
    })
    void freshSecretsKeepTheVendorsPrefix(String original, String prefix) {
        String fresh = WorkspaceCloner.freshSecret(original);
        assertThat(fresh).startsWith(prefix).isNotEqualTo(original);
        assertThat(fresh.length()).isGreaterThanOrEqualTo(original.length());
        assertThat(fresh.substring(prefix.length())).matches("[A-Za-z0-9]+");
    }

    @Test
    void unprefixedAndUuidSecretsStayUnprefixed() {
        assertThat(WorkspaceCloner.freshSecret("deadbeefdeadbeef")).matches("[A-Za-z0-9]{24}");
        assertThat(WorkspaceCloner.freshSecret("e5a1cfbd-970e-45a1-b81c-3e004f9bdab5"))
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
                .isNotEqualTo("e5a1cfbd-970e-45a1-b81c-3e004f9bdab5");
    }
}
