package dev.teamgate.flowdock;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.oauth.IssuedTokens;
import dev.teamgate.domain.oauth.OAuthException;
import dev.teamgate.platform.auth.BearerTokens;
import dev.teamgate.platform.web.OAuthAnswers;
import dev.teamgate.platform.error.ApiProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.ObjectMapper;

/**
 * Flowdock's OAuth 2.0 endpoints. {@code GET /oauth/authorize} shows the consent page (or, with
 * {@code auto_approve=true} or an app registered with auto-approve, redirects with a code at once),
 * {@code POST /oauth/authorize} is that page's form, {@code POST /oauth/token} runs the
 * authorization code, password and refresh token grants. Parameters come as query, form or JSON;
 * errors are RFC 6749 {@code {"error","error_description"}}. The gateway lets every {@code /oauth/}
 * request through unauthenticated: the client authenticates here, with its id and secret.
 */
@RestController
@RequestMapping({FlowdockPaths.PREFIX, FlowdockPaths.V1})
@Tag(name = "OAuth")
@RequiredArgsConstructor
class FlowdockOAuthController {

    private final OAuthGrants grants;
    private final FlowdockLinks links;
    private final ObjectMapper json;

    @GetMapping("/oauth/authorize")
    @Operation(summary = "Ask a user to authorize an application",
            description = "The web application flow's first step: the consent page naming the application, its "
                    + "organization and the scopes. Without redirect_uri the application's first registered one is "
                    + "used; urn:ietf:wg:oauth:2.0:oob shows the code on a page instead. Teamgate extras: "
                    + "auto_approve=true skips the page, user=<user id> picks who approves.")
    @Parameters({
            @Parameter(in = ParameterIn.QUERY, name = "client_id", required = true, description = "The application's client id", schema = @Schema(type = "string")),
            @Parameter(in = ParameterIn.QUERY, name = "response_type", required = true, description = "code", schema = @Schema(type = "string")),
            @Parameter(in = ParameterIn.QUERY, name = "redirect_uri", description = "Exactly one of the registered callback URLs", schema = @Schema(type = "string")),
            @Parameter(in = ParameterIn.QUERY, name = "scope", description = "Space-delimited: flow private manage profile offline_access integration (default flow private)", schema = @Schema(type = "string")),
            @Parameter(in = ParameterIn.QUERY, name = "state", description = "Returned unchanged", schema = @Schema(type = "string")),
            @Parameter(in = ParameterIn.QUERY, name = "auto_approve", description = "Teamgate extra: true skips the consent page", schema = @Schema(type = "string")),
            @Parameter(in = ParameterIn.QUERY, name = "user", description = "Teamgate extra: the id of the approving user", schema = @Schema(type = "string"))})
    ResponseEntity<String> authorize(@Parameter(hidden = true) FlowdockParams params, HttpServletRequest http) {
        OAuthGrants.AuthorizationRequest request = check(params);
        Set<String> scopes = grants.validate(request);
        Account user = grants.approver(request.app(), text(params, "user"));
        if ("true".equalsIgnoreCase(text(params, "auto_approve")) || request.app().isAutoApprove()) {
            return approved(request, scopes, user, http);
        }
        return OAuthAnswers.page(OAuthPages.consent(request, scopes, grants.users(request.app()), user));
    }

    @PostMapping("/oauth/authorize")
    @Operation(summary = "The consent page's answer",
            description = "The parameters of GET /oauth/authorize plus decision=approve|deny and user (the "
                    + "approving user's id). Redirects to the application with a code, or with error=access_denied.")
    ResponseEntity<String> decide(@Parameter(hidden = true) FlowdockParams params, HttpServletRequest http) {
        OAuthGrants.AuthorizationRequest request = check(params);
        Set<String> scopes = grants.validate(request);
        if (!"approve".equals(text(params, "decision"))) {
            throw grants.denied(request);
        }
        return approved(request, scopes, grants.approver(request.app(), text(params, "user")), http);
    }

    @GetMapping("/oauth/authorize/{code}")
    @Operation(summary = "The code of an out-of-band application",
            description = "Where an application registered with urn:ietf:wg:oauth:2.0:oob is sent: the code is the "
                    + "last path segment, and the page shows it.")
    ResponseEntity<String> outOfBand(@PathVariable String code) {
        return OAuthAnswers.page(OAuthPages.outOfBand(code));
    }

    @PostMapping("/oauth/token")
    @Operation(summary = "Get tokens",
            description = "grant_type=authorization_code (code, redirect_uri), password (username = e-mail, password, "
                    + "scope) or refresh_token (refresh_token); client_id and client_secret in the body (or HTTP "
                    + "Basic). Form or JSON body. Answers access_token, expires_in, scope (comma-separated), "
                    + "token_type=bearer and, with offline_access, refresh_token; form-encoded unless Accept names "
                    + "application/json. Codes are single-use: a replayed code is refused and the tokens issued from "
                    + "it are revoked.")
    ResponseEntity<String> token(@Parameter(hidden = true) FlowdockParams params, HttpServletRequest http) {
        String clientId = text(params, "client_id");
        String clientSecret = text(params, "client_secret");
        var basic = BearerTokens.basic(http);
        if (basic.isPresent() && clientId == null) {
            clientId = basic.get().user();
            clientSecret = basic.get().password();
        }
        String grantType = text(params, "grant_type");
        IssuedTokens tokens;
        try {
            tokens = switch (grantType == null ? "" : grantType) {
                case "authorization_code" -> grants.exchangeCode(clientId, clientSecret, text(params, "code"),
                        text(params, "redirect_uri"));
                case "password" -> grants.password(clientId, clientSecret, text(params, "username"),
                        text(params, "password"), text(params, "scope"));
                case "refresh_token" -> grants.refresh(clientId, clientSecret, text(params, "refresh_token"));
                case "" -> throw FlowdockErrors.oauthError("invalid_request", "grant_type is required");
                default -> throw FlowdockErrors.oauthError("unsupported_grant_type",
                        "grant_type must be authorization_code, password or refresh_token");
            };
        } catch (OAuthException e) {
            throw FlowdockErrors.oauthError(e.error(), e.getMessage());
        }
        TokenAnswer answer = TokenAnswer.of(tokens);
        ResponseEntity.BodyBuilder ok = OAuthAnswers.tokens();
        if (acceptsJson(http)) {
            return ok.contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsString(answer));
        }
        return ok.contentType(MediaType.APPLICATION_FORM_URLENCODED).body(answer.formEncoded());
    }

    private ResponseEntity<String> approved(OAuthGrants.AuthorizationRequest request, Set<String> scopes, Account user,
                                            HttpServletRequest http) {
        String code = grants.issueCode(request, scopes, user);
        return OAuthAnswers.redirect(grants.codeRedirect(request, code, links.of(http).api() + "/oauth/authorize"));
    }

    private OAuthGrants.AuthorizationRequest check(FlowdockParams params) {
        return grants.check(text(params, "client_id"), text(params, "redirect_uri"), text(params, "response_type"),
                text(params, "scope"), text(params, "state"));
    }

    /** A parameter as text; an object or array where text belongs is an OAuth invalid_request. */
    private static String text(FlowdockParams params, String name) {
        try {
            return params.text(name).orElse(null);
        } catch (ApiProblemException notText) {
            throw FlowdockErrors.oauthError("invalid_request", name + " must be a string");
        }
    }

    private static boolean acceptsJson(HttpServletRequest http) {
        String accept = http.getHeader(HttpHeaders.ACCEPT);
        if (accept == null) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(type -> !type.isWildcardType() && type.isCompatibleWith(MediaType.APPLICATION_JSON));
        } catch (org.springframework.util.InvalidMimeTypeException unreadable) {
            return false;
        }
    }
}
