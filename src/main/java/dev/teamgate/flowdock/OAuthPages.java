package dev.teamgate.flowdock;

import static dev.teamgate.platform.html.ConsentForm.escape;

import dev.teamgate.domain.account.Account;
import dev.teamgate.platform.html.ConsentForm;
import java.util.List;
import java.util.Set;

/**
 * The two HTML pages of Flowdock's browser step: the consent page of {@code GET /oauth/authorize}
 * (which application asks for which scopes, and as whom to approve) and the page an out-of-band
 * application ({@code urn:ietf:wg:oauth:2.0:oob}) reads its code from.
 */
final class OAuthPages {

    private OAuthPages() {
    }

    static String consent(OAuthGrants.AuthorizationRequest request, Set<String> scopes, List<Account> users,
                          Account preselected) {
        String app = escape(request.app().getName());
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>Authorize ").append(app).append(" - Flowdock</title></head>\n<body>\n")
                .append("<h1>Authorize ").append(app).append("</h1>\n")
                .append("<p>").append(app).append(" wants to access your Flowdock account in the organization <strong>")
                .append(escape(request.app().getWorkspace().getName())).append("</strong>:</p>\n<ul>\n");
        for (String scope : scopes) {
            html.append("<li><code>").append(escape(scope)).append("</code> ")
                    .append(escape(Scope.of(scope).map(Scope::meaning).orElse(""))).append("</li>\n");
        }
        html.append("</ul>\n");
        new ConsentForm()
                .hidden("response_type", "code")
                .hidden("client_id", request.app().getClientId())
                .hidden("redirect_uri", request.redirectUri())
                .hidden("scope", String.join(" ", scopes))
                .hidden("state", request.state())
                .appendTo(html, users, preselected, "Allow");
        html.append("</body></html>\n");
        return html.toString();
    }

    /** The page an installed application reads its code from (the code is in the page's URL too). */
    static String outOfBand(String code) {
        String shown = escape(code);
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + shown
                + "</title></head>\n<body>\n<h1>Authorization code</h1>\n<p>Copy this code to your application:</p>\n"
                + "<pre id=\"code\">" + shown + "</pre>\n</body></html>\n";
    }
}
