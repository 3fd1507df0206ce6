package dev.teamgate.platform.vendor;

import dev.teamgate.platform.auth.Caller;
import dev.teamgate.platform.auth.VendorAuthenticator;
import dev.teamgate.platform.error.ApiProblem;
import dev.teamgate.platform.error.ErrorRenderer;
import dev.teamgate.platform.ratelimit.RateLimitDecision;
import dev.teamgate.platform.ratelimit.RateLimitPolicy;
import dev.teamgate.platform.ratelimit.RateLimitSettings;
import dev.teamgate.platform.seed.WorkspaceCopyHook;
import io.swagger.v3.oas.models.security.SecurityScheme;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * What one vendor package contributes to the platform: where it lives, how callers authenticate,
 * how fast they may call, how errors look, and how it shows in OpenAPI. Each vendor's
 * {@code <Vendor>Configuration} declares exactly one of these as a bean; the gateway builds that
 * vendor's request chain from it.
 */
public final class VendorApi {

    private final String key;
    private final String displayName;
    private final String pathPrefix;
    private final String baseUrlPath;
    private final ErrorRenderer errorRenderer;
    private final VendorAuthenticator authenticator;
    private final RateLimitSettings rateLimit;
    private final RateLimitPolicy rateLimitPolicy;
    private final RateLimitHeaders rateLimitHeaders;
    private final ResponseDecorator responseDecorator;
    private final @Nullable Integer nativePort;
    private final Map<String, SecurityScheme> securitySchemes;
    private final Set<String> sensitiveParameters;
    private final @Nullable Pattern secretPathSegment;
    private final String description;
    private final boolean jsonWhateverAccept;
    private final EdgeHandler edgeHandler;
    private final Map<String, ApiProblem> documentedErrors;
    private final OpenApiCustomizer openApiCustomizer;
    private final WorkspaceCopyHook workspaceCopyHook;

    private VendorApi(Builder b) {
        this.key = Objects.requireNonNull(b.key, "key");
        this.displayName = b.displayName == null ? b.key : b.displayName;
        this.pathPrefix = Objects.requireNonNull(b.pathPrefix, "pathPrefix");
        if (!pathPrefix.startsWith("/") || pathPrefix.endsWith("/")) {
            throw new IllegalArgumentException("pathPrefix must start with / and not end with /: " + pathPrefix);
        }
        this.baseUrlPath = b.baseUrlPath == null ? pathPrefix : b.baseUrlPath;
        this.errorRenderer = Objects.requireNonNull(b.errorRenderer, "errorRenderer");
        this.authenticator = b.authenticator;
        this.rateLimit = b.rateLimit;
        this.rateLimitPolicy = b.rateLimitPolicy;
        this.rateLimitHeaders = b.rateLimitHeaders;
        this.responseDecorator = b.responseDecorator;
        this.nativePort = b.nativePort;
        // In declaration order (Map.copyOf's order changes from one JVM to the next, and with it the
        // published documents and Swagger UI's Authorize dialog).
        this.securitySchemes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.securitySchemes));
        this.sensitiveParameters = Set.copyOf(b.sensitiveParameters);
        this.secretPathSegment = b.secretPathSegment;
        this.description = b.description == null ? "" : b.description;
        this.jsonWhateverAccept = b.jsonWhateverAccept;
        this.edgeHandler = b.edgeHandler;
        this.documentedErrors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.documentedErrors));
        this.openApiCustomizer = b.openApiCustomizer;
        this.workspaceCopyHook = b.workspaceCopyHook;
    }

    public static Builder builder(String key) {
        return new Builder(key);
    }

    public String key() { return key; }
    public String displayName() { return displayName; }
    public String pathPrefix() { return pathPrefix; }
    /** The base URL path as the vendor's docs print it (for example /commflow/v1), for people to read. */
    public String baseUrlPath() { return baseUrlPath; }
    public ErrorRenderer errorRenderer() { return errorRenderer; }
    public VendorAuthenticator authenticator() { return authenticator; }
    public RateLimitSettings rateLimit() { return rateLimit; }
    public RateLimitPolicy rateLimitPolicy() { return rateLimitPolicy; }
    public RateLimitHeaders rateLimitHeaders() { return rateLimitHeaders; }
    public ResponseDecorator responseDecorator() { return responseDecorator; }
    public @Nullable Integer nativePort() { return nativePort; }
    public Map<String, SecurityScheme> securitySchemes() { return securitySchemes; }
    public Set<String> sensitiveParameters() { return sensitiveParameters; }
    public @Nullable Pattern secretPathSegment() { return secretPathSegment; }
    public String description() { return description; }
    /** True when the vendor answers JSON even to an {@code Accept} that does not name it (text/plain, text/html). */
    public boolean jsonWhateverAccept() { return jsonWhateverAccept; }
    public EdgeHandler edgeHandler() { return edgeHandler; }
    /** The errors every operation of the vendor may answer, by example name, in the order the document lists them. */
    public Map<String, ApiProblem> documentedErrors() { return documentedErrors; }
    /** The vendor's own touches to its OpenAPI document (tags, bodies, hidden aliases); runs before the platform's. */
    public OpenApiCustomizer openApiCustomizer() { return openApiCustomizer; }
    public WorkspaceCopyHook workspaceCopyHook() { return workspaceCopyHook; }

    /** True when {@code path} (without context path) belongs to this vendor. */
    public boolean owns(String path) {
        return path.equals(pathPrefix) || path.startsWith(pathPrefix + "/");
    }

    /** Writes a vendor's rate-limit headers (for example X-RateLimit-Remaining) on every limited response. */
    @FunctionalInterface
    public interface RateLimitHeaders {
        RateLimitHeaders NONE = (decision, response) -> { };

        void write(RateLimitDecision decision, HttpServletResponse response);
    }

    /** Adds headers every response of the vendor carries (for example Flowdock-User), errors included. */
    @FunctionalInterface
    public interface ResponseDecorator {
        ResponseDecorator NONE = (request, response, caller) -> { };

        void decorate(HttpServletRequest request, HttpServletResponse response, @Nullable Caller caller);
    }

    /**
     * Runs first in the vendor's chain, before authentication: it may answer the request itself
     * (a CORS preflight) by returning null, add headers every answer carries, or return the request
     * to go on with, possibly re-addressed (a tolerated URL spelling).
     */
    @FunctionalInterface
    public interface EdgeHandler {
        EdgeHandler NONE = (request, response) -> request;

        @Nullable HttpServletRequest handle(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException;
    }

    public static final class Builder {
        private final String key;
        private String displayName;
        private String pathPrefix;
        private String baseUrlPath;
        private ErrorRenderer errorRenderer;
        private VendorAuthenticator authenticator = VendorAuthenticator.NONE;
        private RateLimitSettings rateLimit = RateLimitSettings.off();
        private RateLimitPolicy rateLimitPolicy = RateLimitPolicy.SAME_FOR_EVERYONE;
        private RateLimitHeaders rateLimitHeaders = RateLimitHeaders.NONE;
        private ResponseDecorator responseDecorator = ResponseDecorator.NONE;
        private Integer nativePort;
        private final Map<String, SecurityScheme> securitySchemes = new LinkedHashMap<>();
        private Set<String> sensitiveParameters = Set.of();
        private Pattern secretPathSegment;
        private String description;
        private boolean jsonWhateverAccept;
        private EdgeHandler edgeHandler = EdgeHandler.NONE;
        private final Map<String, ApiProblem> documentedErrors = new LinkedHashMap<>();
        private OpenApiCustomizer openApiCustomizer = openApi -> { };
        private WorkspaceCopyHook workspaceCopyHook = WorkspaceCopyHook.NONE;

        private Builder(String key) {
            this.key = key;
        }

        public Builder displayName(String value) { this.displayName = value; return this; }
        public Builder pathPrefix(String value) { this.pathPrefix = value; return this; }
        /** Where the vendor's own docs put the API under the prefix; defaults to the prefix itself. */
        public Builder baseUrlPath(String value) { this.baseUrlPath = value; return this; }
        public Builder errorRenderer(ErrorRenderer value) { this.errorRenderer = value; return this; }
        public Builder authenticator(VendorAuthenticator value) { this.authenticator = value; return this; }
        public Builder rateLimit(RateLimitSettings value) { this.rateLimit = value == null ? RateLimitSettings.off() : value; return this; }
        public Builder rateLimitPolicy(RateLimitPolicy value) { this.rateLimitPolicy = value; return this; }
        public Builder rateLimitHeaders(RateLimitHeaders value) { this.rateLimitHeaders = value; return this; }
        public Builder responseDecorator(ResponseDecorator value) { this.responseDecorator = value; return this; }
        public Builder nativePort(Integer value) { this.nativePort = value; return this; }
        public Builder securityScheme(String name, SecurityScheme scheme) { securitySchemes.put(name, scheme); return this; }
        /** Query, form and top-level JSON fields whose values the journal must mask. */
        public Builder sensitiveParameters(Set<String> value) { this.sensitiveParameters = value; return this; }
        /**
         * A path pattern whose first group is a secret carried in the URL (a webhook id, a push token);
         * the journal shows only that secret's display prefix.
         */
        public Builder secretPathSegment(String regex) { this.secretPathSegment = Pattern.compile(regex); return this; }
        public Builder description(String value) { this.description = value; return this; }
        /** Answer JSON whatever the {@code Accept} header asks for, as vendors whose docs say "always JSON" do. */
        public Builder jsonWhateverAccept(boolean value) { this.jsonWhateverAccept = value; return this; }
        public Builder edgeHandler(EdgeHandler value) { this.edgeHandler = value == null ? EdgeHandler.NONE : value; return this; }
        /**
         * Errors to declare on every operation of the vendor's OpenAPI document, by example name. The
         * platform renders each through {@link #errorRenderer} (so the examples are the bodies the server
         * sends) and adds the rate-limit and injected-fault answers itself.
         */
        public Builder documentedErrors(Map<String, ApiProblem> value) { documentedErrors.putAll(value); return this; }
        public Builder openApiCustomizer(OpenApiCustomizer value) { this.openApiCustomizer = value; return this; }
        /** Renews what only this vendor knows is global or secret when one of its workspaces is copied. */
        public Builder workspaceCopyHook(WorkspaceCopyHook value) {
            this.workspaceCopyHook = value == null ? WorkspaceCopyHook.NONE : value;
            return this;
        }

        public VendorApi build() {
            return new VendorApi(this);
        }
    }
}
