package dev.teamgate.commflow;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.oauth.IssuedTokens;
import dev.teamgate.domain.oauth.OAuthException;
import dev.teamgate.platform.auth.BearerTokens;
import dev.teamgate.platform.web.OAuthAnswers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The OAuth 2.0 authorization code flow (RFC 6749): {@code GET /oauth/authorize} shows a consent
 * page (or, with {@code auto_approve=true} or an app registered with auto-approve, redirects with a
 * code at once), {@code POST /oauth/authorize} is that page's form, and {@code POST /oauth/token}
 * exchanges codes and refresh tokens. The token endpoint answers errors in the RFC 6749 shape.
 */
@RestController
// Anonymous: the client authenticates with its own id and secret, not an API key.
@SecurityRequirements
@RequestMapping(OAuthController.PATH)
@Tag(name = "OAuth 2.0")
@RequiredArgsConstructor
class OAuthController {

    /** Anonymous at the gateway ({@link CommFlowAuthenticator}): the client authenticates here, with its id and secret. */
    static final String PATH = "/commflow/oauth";

    private final OAuthFlow flow;

    @GetMapping(path = "/authorize")
    @Operation(summary = "Start an authorization", description = "response_type=code, client_id, redirect_uri, scope, "
            + "state, optional PKCE code_challenge(_method). Teamgate extras: auto_approve=true skips the consent page; "
            + "user=<user id> picks who approves.")
    @Parameters({
            @Parameter(in = ParameterIn.QUERY, name = "response_type", description = "code", schema = @Schema(type = "string")),
            @Parameter(in = ParameterIn.QUERY, name = "client_id", description = "The app's client id", schema = @Schema(type = "string")),
            @Parameter(in = ParameterIn.QUERY, name = "redirect_uri", description = "One of the app's redirect URIs (optional when it has one)", schema = @Schema(type = "string")),
            @Parameter(in = ParameterIn.QUERY, name = "scope", description = "Space-separated scopes, either spelling", schema = @Schema(type = "string")),
            @Parameter(in = ParameterIn.QUERY, name = "state", description = "Returned unchanged", schema = @Schema(type = "string")),
            @Parameter(in = ParameterIn.QUERY, name = "code_challenge", description = "PKCE challenge", schema = @Schema(type = "string")),
            @Parameter(in = ParameterIn.QUERY, name = "code_challenge_method", description = "S256 or plain", schema = @Schema(type = "string")),
            @Parameter(in = ParameterIn.QUERY, name = "auto_approve", description = "Teamgate extra: true skips the consent page", schema = @Schema(type = "string")),
            @Parameter(in = ParameterIn.QUERY, name = "user", description = "Teamgate extra: the id of the approving user", schema = @Schema(type = "string"))})
    ResponseEntity<String> authorize(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
        OAuthFlow.AuthorizationRequest request = check(params);
        Set<String> scopes = flow.validate(request);
        Account user = flow.approver(request.app(), params.getFirst("user"));
        if ("true".equalsIgnoreCase(params.getFirst("auto_approve")) || request.app().isAutoApprove()) {
            return OAuthAnswers.redirect(flow.approve(request, scopes, user));
        }
        return OAuthAnswers.page(ConsentPage.render(request, scopes, flow.users(request.app()), user));
    }

    @PostMapping(path = "/authorize", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @Operation(summary = "The consent page's answer", description = "The same parameters as the GET, plus "
            + "decision=approve|deny and user.")
    ResponseEntity<String> decide(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
        OAuthFlow.AuthorizationRequest request = check(params);
        Set<String> scopes = flow.validate(request);
        if (!"approve".equals(params.getFirst("decision"))) {
            throw flow.denied(request);
        }
        return OAuthAnswers.redirect(flow.approve(request, scopes, flow.approver(request.app(), params.getFirst("user"))));
    }

    @PostMapping(path = "/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @Operation(summary = "Exchange a code or a refresh token for tokens", description = "grant_type=authorization_code "
            + "(code, redirect_uri, code_verifier) or refresh_token (refresh_token, scope); client_id and client_secret "
            + "in the body or as HTTP Basic.")
    ResponseEntity<TokenResponse> token(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params, HttpServletRequest request) {
        return grant(params, request);
    }

    @PostMapping(path = "/token", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Exchange a code or a refresh token for tokens (JSON body)")
    ResponseEntity<TokenResponse> tokenFromJson(@RequestBody JsonNode body, HttpServletRequest request) {
        if (body == null || !body.isObject()) {
            throw CommFlowErrors.oauthError("invalid_request", "The request body must be a JSON object.");
        }
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        body.properties().forEach(e -> {
            if (e.getValue().isString()) {
                params.add(e.getKey(), e.getValue().stringValue());
            }
        });
        return grant(params, request);
    }

    private ResponseEntity<TokenResponse> grant(MultiValueMap<String, String> params, HttpServletRequest request) {
        String clientId = params.getFirst("client_id");
        String clientSecret = params.getFirst("client_secret");
        var basic = BearerTokens.basic(request);
        if (basic.isPresent()) {
            clientId = basic.get().user();
            clientSecret = basic.get().password();
        }
        String grantType = params.getFirst("grant_type");
        try {
            IssuedTokens tokens;
            if ("authorization_code".equals(grantType)) {
                tokens = flow.exchangeCode(clientId, clientSecret, params.getFirst("code"), params.getFirst("redirect_uri"),
                        params.getFirst("code_verifier"));
            } else if ("refresh_token".equals(grantType)) {
                tokens = flow.refresh(clientId, clientSecret, params.getFirst("refresh_token"), params.getFirst("scope"));
            } else if (grantType == null || grantType.isBlank()) {
                throw CommFlowErrors.oauthError("invalid_request", "grant_type is required.");
            } else {
                throw CommFlowErrors.oauthError("unsupported_grant_type",
                        "grant_type must be authorization_code or refresh_token.");
            }
            return OAuthAnswers.tokens().body(new TokenResponse(tokens.accessToken(), "Bearer", tokens.expiresInSeconds(),
                    tokens.refreshToken(), String.join(" ", tokens.scopes())));
        } catch (OAuthException e) {
            throw CommFlowErrors.oauthError(e.error(), CommFlowErrors.sentence(e.getMessage()));
        }
    }

    private OAuthFlow.AuthorizationRequest check(MultiValueMap<String, String> params) {
        return flow.check(params.getFirst("client_id"), params.getFirst("redirect_uri"), params.getFirst("response_type"),
                params.getFirst("scope"), params.getFirst("state"), params.getFirst("code_challenge"),
                params.getFirst("code_challenge_method"));
    }
}
