package dev.teamgate.commflow;

import dev.teamgate.domain.account.Account;
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
        html.append("</ul>\n<form method=\"post\" action=\"authorize\">\n");
        hidden(html, "response_type", "code");
        hidden(html, "client_id", request.app().getClientId());
        if (request.redirectUriGiven()) {
            hidden(html, "redirect_uri", request.redirectUri());
        }
        hidden(html, "scope", String.join(" ", scopes));
        hidden(html, "state", request.state());
        hidden(html, "code_challenge", request.codeChallenge());
        hidden(html, "code_challenge_method", request.codeChallengeMethod());
        html.append("<label>Approve as <select name=\"user\">\n");
        for (Account user : users) {
            html.append("<option value=\"").append(escape(user.getExternalId())).append('"')
                    .append(user.getId().equals(preselected.getId()) ? " selected" : "").append('>')
                    .append(escape(user.getName()))
                    .append(user.getEmail() == null ? "" : " (" + escape(user.getEmail()) + ")").append("</option>\n");
        }
        html.append("</select></label>\n")
                .append("<button type=\"submit\" name=\"decision\" value=\"approve\">Approve</button>\n")
                .append("<button type=\"submit\" name=\"decision\" value=\"deny\">Deny</button>\n")
                .append("</form>\n<p>You will be sent back to ").append(escape(request.redirectUri())).append("</p>\n")
                .append("</body></html>\n");
        return html.toString();
    }

    private static void hidden(StringBuilder html, String name, String value) {
        if (value != null) {
            html.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"").append(escape(value)).append("\">\n");
        }
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
