package dev.teamgate.platform.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Secrets are masked however they are spelled, and no secret is long enough to break the masker. */
class SecretMaskerTest {

    private final SecretMasker secrets = new SecretMasker(Set.of("password", "token", "client_secret"));

    @Test
    void aSecretOfAnyLengthIsMaskedWithoutOverflowingTheStack() {
        String huge = "p".repeat(200_000);
        assertThat(secrets.mask("{\"password\":\"" + huge + "\",\"name\":\"ann\"}"))
                .isEqualTo("{\"password\":\"***\",\"name\":\"ann\"}");
        String escaped = "\\\"x".repeat(50_000);
        assertThat(secrets.mask("{\"token\":\"" + escaped + "\"}")).isEqualTo("{\"token\":\"***\"}");
        assertThat(secrets.mask("password=" + huge + "&name=ann")).isEqualTo("password=***&name=ann");
    }

    @Test
    void otherSpellingsOfASecretNameAreMaskedToo() {
        assertThat(secrets.mask("{\"PassWord\":\"a\",\"clientSecret\":\"b\",\"Client-Secret\":\"c\"}"))
                .isEqualTo("{\"PassWord\":\"***\",\"clientSecret\":\"***\",\"Client-Secret\":\"***\"}");
        assertThat(secrets.mask("{\"pass\\u0077ord\":\"a\"}")).isEqualTo("{\"pass\\u0077ord\":\"***\"}");
        assertThat(secrets.mask("pass%77ord=a&CLIENT_SECRET=b&clientsecret=c&x=1"))
                .isEqualTo("pass%77ord=***&CLIENT_SECRET=***&clientsecret=***&x=1");
    }

    @Test
    void nestedSecretsAndNonStringValuesAreMasked() {
        assertThat(secrets.mask("{\"auth\": {\"user\": \"ann\", \"password\": 12345}, \"list\": [{\"token\": [\"a\", \"b\"]}]}"))
                .isEqualTo("{\"auth\": {\"user\": \"ann\", \"password\": \"***\"}, \"list\": [{\"token\": \"***\"}]}");
        assertThat(secrets.mask("{\"token\": {\"value\": \"abc\"}, \"password\": null}"))
                .isEqualTo("{\"token\": \"***\", \"password\": null}");
    }

    @Test
    void aBodyCutOffInsideASecretIsMaskedToTheEnd() {
        assertThat(secrets.mask("{\"name\":\"ann\",\"password\":\"abcdefgh")).isEqualTo("{\"name\":\"ann\",\"password\":\"***\"");
        assertThat(secrets.mask("{\"name\":\"ann\",\"password\":\"abc\",\"bio\":\"long te"))
                .isEqualTo("{\"name\":\"ann\",\"password\":\"***\",\"bio\":\"long te");
    }

    @Test
    void aSecretAfterJsonTooDeepToParseIsNotShown() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        String masked = secrets.mask("{\"a\":" + deep + ",\"password\":\"hunter2\"}");
        assertThat(masked).doesNotContain("hunter2").endsWith(SecretMasker.MASK);
        assertThat(secrets.mask("{\"a\":1,,\"b\":2}")).isEqualTo("{\"a\":1,,\"b\":2}");
    }

    @Test
    void secretWordsInsideValuesAndTextThatIsNeitherStayAsTheyAre() {
        assertThat(secrets.mask("{\"content\":\"password=visible, token: 1\"}"))
                .isEqualTo("{\"content\":\"password=visible, token: 1\"}");
        assertThat(secrets.mask("mypassword=x&tokens=y")).isEqualTo("mypassword=x&tokens=y");
        assertThat(secrets.mask("just some text")).isEqualTo("just some text");
        assertThat(secrets.mask("")).isEmpty();
        assertThat(secrets.mask(null)).isNull();
    }
}
