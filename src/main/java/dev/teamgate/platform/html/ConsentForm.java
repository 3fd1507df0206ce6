package dev.teamgate.platform.html;

import dev.teamgate.domain.account.Account;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * The form of an OAuth consent page, the same for every vendor with a browser step: it posts back to
 * {@code authorize} with the request's parameters as hidden fields, lets the person pick the account
 * to approve as, and offers approve and deny. The vendor writes the page around it (title, scopes).
 */
public final class ConsentForm {

    private final List<String[]> hiddenFields = new ArrayList<>();

    /** A hidden field; a null value is left out, so an absent parameter stays absent on the post. */
    public ConsentForm hidden(String name, @Nullable String value) {
        if (value != null) {
            hiddenFields.add(new String[] {name, value});
        }
        return this;
    }

    /**
     * Appends the form: hidden fields, an "Approve as" picker of {@code users} with {@code preselected}
     * selected, and the two buttons ({@code approveLabel} is the vendor's word: Approve, Allow).
     */
    public void appendTo(StringBuilder html, List<Account> users, Account preselected, String approveLabel) {
        html.append("<form method=\"post\" action=\"authorize\">\n");
        for (String[] field : hiddenFields) {
            html.append("<input type=\"hidden\" name=\"").append(escape(field[0])).append("\" value=\"")
                    .append(escape(field[1])).append("\">\n");
        }
        html.append("<label>Approve as <select name=\"user\">\n");
        for (Account user : users) {
            html.append("<option value=\"").append(escape(user.getExternalId())).append('"')
                    .append(user.getId().equals(preselected.getId()) ? " selected" : "").append('>')
                    .append(escape(user.getName()))
                    .append(user.getEmail() == null ? "" : " (" + escape(user.getEmail()) + ")").append("</option>\n");
        }
        html.append("</select></label>\n")
                .append("<button type=\"submit\" name=\"decision\" value=\"approve\">").append(escape(approveLabel))
                .append("</button>\n")
                .append("<button type=\"submit\" name=\"decision\" value=\"deny\">Deny</button>\n")
                .append("</form>\n");
    }

    /** The five HTML-special characters escaped; the pages are UTF-8, so nothing else needs to be. */
    public static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
