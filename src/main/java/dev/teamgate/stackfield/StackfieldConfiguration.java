package dev.teamgate.stackfield;

import dev.teamgate.domain.credential.CredentialLookup;
import dev.teamgate.platform.ratelimit.RateLimitSettings;
import dev.teamgate.platform.vendor.VendorApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Stackfield's incoming WebHooks: everything is {@code POST /apiwh/<uuid>}, the UUID being both the
 * credential and the binding to one room (or the organization) and one kind of content.
 */
@Configuration(proxyBeanMethods = false)
class StackfieldConfiguration {

    static final String KEY = "stackfield";
    static final String PREFIX = "/stackfield";

    @Bean
    VendorApi stackfieldApi(StackfieldProperties properties, CredentialLookup credentials) {
        return VendorApi.builder(KEY)
                .displayName("Stackfield")
                .pathPrefix(PREFIX)
                .baseUrlPath("/stackfield/apiwh/{webhook-id}")
                .errorRenderer(new StackfieldErrors(properties.files().maxFileSize()))
                .documentedErrors(StackfieldErrors.documented())
                .authenticator(new StackfieldAuthenticator(credentials))
                .rateLimit(properties.rateLimit())
                // The limit is per webhook URL; requests that name none (404, 405) are not counted.
                .rateLimitPolicy((caller, base) -> caller == null ? RateLimitSettings.off() : base)
                .nativePort(properties.nativePort())
                // The webhook id in the path is the credential: the journal shows only its prefix.
                .secretPathSegment("^/stackfield/apiwh/([^/]+)")
                .description("Stackfield incoming WebHooks. Each webhook URL `/apiwh/{webhook-id}` is bound to one room "
                        + "and one kind (Chat, Discussion, Task, Page, File, Event) or to the organization (user and "
                        + "room commands). Replies are `{\"Result\":\"ok\"}` or `{\"Result\":\"<code>\",\"ErrorText\":"
                        + "\"<text>\"}` with HTTP 200. Seeded webhook ids: `GET /_admin/credentials?vendor=stackfield`; "
                        + "new ones: `POST /_admin/stackfield/webhooks`.")
                .build();
    }
}
