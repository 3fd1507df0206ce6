package dev.teamgate.platform.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.workspace.Workspace;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class ConsentFormTest {

    @Test
    void writesHiddenFieldsEscapedSkipsAbsentOnesAndPreselectsTheApprover() {
        Account mike = account(1L, "2", "Mike <M>", "mike@example.com");
        Account joe = account(2L, "9", "Joe", null);
        StringBuilder html = new StringBuilder();

        new ConsentForm().hidden("state", "a&\"b'").hidden("redirect_uri", null)
                .appendTo(html, List.of(mike, joe), mike, "Allow");

        assertThat(html.toString()).isEqualTo("""
                <form method="post" action="authorize">
                <input type="hidden" name="state" value="a&amp;&quot;b&#39;">
                <label>Approve as <select name="user">
                <option value="2" selected>Mike &lt;M&gt; (mike@example.com)</option>
                <option value="9">Joe</option>
                </select></label>
                <button type="submit" name="decision" value="approve">Allow</button>
                <button type="submit" name="decision" value="deny">Deny</button>
                </form>
                """);
    }

    private static Account account(long id, String externalId, String name, String email) {
        Account account = new Account(new Workspace("flowdock", "acme", "1", "Acme", Instant.EPOCH), externalId, externalId,
                name, Instant.EPOCH);
        account.setEmail(email);
        ReflectionTestUtils.setField(account, "id", id);
        return account;
    }
}
