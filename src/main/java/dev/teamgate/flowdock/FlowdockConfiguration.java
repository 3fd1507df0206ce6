package dev.teamgate.flowdock;

import dev.teamgate.platform.vendor.VendorApi;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Flowdock REST, push and streaming APIs under {@code /flowdock} (and {@code /flowdock/v1}). */
@Configuration(proxyBeanMethods = false)
class FlowdockConfiguration {

    static final String KEY = "flowdock";
    private static final String USER_HEADER = "Flowdock-User";

    @Bean
    VendorApi flowdockApi(FlowdockProperties properties, FlowdockAuthenticator authenticator, Presence presence) {
        return VendorApi.builder(KEY)
                .displayName("Flowdock")
                .pathPrefix(FlowdockPaths.PREFIX)
                .description("Flowdock REST API (also under /flowdock/v1), the deprecated push API and the "
                        + "streaming API at /flowdock/stream/flows.")
                .errorRenderer(FlowdockErrors::render)
                .documentedErrors(FlowdockErrors.documented())
                .openApiCustomizer(new FlowdockOpenApi())
                .jsonWhateverAccept(true)
                .edgeHandler(new FlowdockEdge())
                .authenticator(authenticator)
                .rateLimit(properties.rateLimit())
                .nativePort(properties.nativePort())
                .responseDecorator((request, response, caller) -> {
                    String user = FlowdockCallerAttributes.userId(caller);
                    if (user != null) {
                        response.setHeader(USER_HEADER, user);
                        presence.ping(user);
                    }
                })
                .securityScheme("apiToken", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("API token as the user name (any password), or e-mail and password. Demo: "
                                + "user name deadbeefdeadbeef (Mike's token, acme/my-flow), password x"))
                .securityScheme("oauth", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("OAuth access token; ?access_token= works too. Demo: oauth-mike-all-scopes-0000000002"))
                .securityScheme("flowToken", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.QUERY).name("flow_token")
                        .description("A source's flow_token, for POST /messages and GET/PUT /sources. Demo: "
                                + "3e2252e2e164d70ebbc5c59b9db629c8 (acme/my-flow)"))
                .sensitiveParameters(Set.of("flow_token", "access_token", "client_secret", "password", "code",
                        "refresh_token"))
                // The deprecated push API carries flow tokens in the path: the journal shows prefixes only.
                .secretPathSegment("^/flowdock/v1/messages/(?:chat|team_inbox)/([^/]+)")
                .workspaceCopyHook(new FlowdockWorkspaceCopy())
                .build();
    }
}
