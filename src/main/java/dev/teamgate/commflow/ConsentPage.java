package dev.teamgate.commflow;

import static dev.teamgate.platform.html.ConsentForm.escape;

import dev.teamgate.domain.account.Account;
import dev.teamgate.platform.html.ConsentForm;
import java.util.List;
import java.util.Set;

/** The HTML consent page of {@code GET /oauth/authorize}: who asks for what, and who approves. */
final class ConsentPage {

    private ConsentPage() {
    }

    static String render(OAuthFlow.AuthorizationRequest request, Set<String> scopes, List<Account> users, Account preselected) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>Authorize ").append(escape(request.app().getName())).append(" - CommFlow</title></head>\n<body>\n")
                .append("<h1>Authorize ").append(escape(request.app().getName())).append("</h1>\n")
                .append("<p>").append(escape(request.app().getName())).append(" wants to access the workspace <strong>")
                .append(escape(request.app().getWorkspace().getName())).append("</strong> (")
                .append(escape(CommFlowWorkspaces.mode(request.app().getWorkspace()))).append(" mode) with these permissions:</p>\n<ul>\n");
        for (String scope : scopes) {
            html.append("<li>").append(escape(scope)).append("</li>\n");
        }
        html.append("</ul>\n");
        new ConsentForm()
                .hidden("response_type", "code")
                .hidden("client_id", request.app().getClientId())
                .hidden("redirect_uri", request.redirectUriGiven() ? request.redirectUri() : null)
                .hidden("scope", String.join(" ", scopes))
                .hidden("state", request.state())
                .hidden("code_challenge", request.codeChallenge())
                .hidden("code_challenge_method", request.codeChallengeMethod())
                .appendTo(html, users, preselected, "Approve");
        html.append("<p>You will be sent back to ").append(escape(request.redirectUri())).append("</p>\n")
                .append("</body></html>\n");
        return html.toString();
    }
}
