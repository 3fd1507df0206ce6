package dev.teamgate.testvendor;

import dev.teamgate.domain.credential.Credential;
import dev.teamgate.domain.credential.CredentialKind;
import dev.teamgate.domain.credential.CredentialService;
import dev.teamgate.platform.auth.AuthOutcome;
import dev.teamgate.platform.auth.BearerTokens;
import dev.teamgate.platform.auth.Caller;
import dev.teamgate.platform.error.ApiProblem;
import dev.teamgate.platform.error.ProblemKind;
import dev.teamgate.platform.error.RenderedError;
import dev.teamgate.platform.vendor.VendorApi;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A small vendor that exists only in tests, so platform behaviour is tested without depending on
 * any real vendor. Its errors look like {@code {"failure":{"kind","message","param"}}}, its
 * paths live under {@code /testvendor}, and every path but {@code /testvendor/public} needs a
 * bearer API key.
 */
@Configuration(proxyBeanMethods = false)
class TestVendorConfiguration {

    static final String KEY = "testvendor";

    @Bean
    VendorApi testVendorApi(TestVendorProperties properties, CredentialService credentials) {
        return VendorApi.builder(KEY)
                .displayName("Test vendor")
                .pathPrefix("/testvendor")
                .errorRenderer(TestVendorConfiguration::render)
                .authenticator(request -> {
                    String path = request.getRequestURI().substring(request.getContextPath().length());
                    if (path.startsWith("/testvendor/public")) {
                        return AuthOutcome.anonymous();
                    }
                    Optional<String> token = BearerTokens.bearer(request);
                    if (token.isEmpty()) {
                        return AuthOutcome.refused(ApiProblem.of(ProblemKind.UNAUTHENTICATED, "Missing API key"));
                    }
                    return credentials.findUsable(token.get(), CredentialKind.API_KEY, KEY)
                            .map(c -> AuthOutcome.authenticated(caller(c)))
                            .orElseGet(() -> AuthOutcome.refused(ApiProblem.of(ProblemKind.UNAUTHENTICATED, "Invalid API key")));
                })
                .rateLimit(properties.rateLimit())
                .nativePort(properties.nativePort())
                .responseDecorator((request, response, caller) ->
                        response.setHeader("X-Test-Caller", caller == null ? "anonymous" : String.valueOf(caller.accountId())))
                .rateLimitHeaders((decision, response) ->
                        response.setHeader("X-Test-Remaining", String.valueOf(decision.remaining())))
                .securityScheme("apiKey", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer"))
                .sensitiveParameters(Set.of("pin"))
                .documentedErrors(documentedErrors())
                .build();
    }

    private static Caller caller(Credential c) {
        return new Caller(KEY, c.getWorkspace().getId(), c.getAccount() == null ? null : c.getAccount().getId(),
                c.getId(), "credential:" + c.getId(), c.getDisplayPrefix(), c.scopeSet(), Map.of());
    }

    static RenderedError render(ApiProblem problem) {
        Map<String, Object> failure = new LinkedHashMap<>();
        failure.put("kind", problem.kind().name());
        failure.put("message", problem.message());
        failure.put("param", problem.param());
        Map<String, String> headers = problem.retryAfter() == null ? Map.of()
                : Map.of("Retry-After", String.valueOf(Math.max(1, (problem.retryAfter().toMillis() + 999) / 1000)));
        return new RenderedError(problem.kind().defaultStatus(), headers, Map.of("failure", failure));
    }

    /** The errors the test vendor's operations declare in its OpenAPI document (the contract check reads them). */
    private static Map<String, ApiProblem> documentedErrors() {
        Map<String, ApiProblem> errors = new LinkedHashMap<>();
        errors.put("Unreadable body", ApiProblem.of(ProblemKind.MALFORMED_BODY, "The request body is not valid JSON"));
        errors.put("Invalid input", ApiProblem.of(ProblemKind.VALIDATION, "content is required", "content"));
        errors.put("Missing API key", ApiProblem.of(ProblemKind.UNAUTHENTICATED, "Missing API key"));
        errors.put("Unknown room", ApiProblem.of(ProblemKind.NOT_FOUND, "room not found"));
        return errors;
    }
}
