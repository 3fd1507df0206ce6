package dev.teamgate.talktome;

import dev.teamgate.platform.vendor.VendorApi;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * talk-to-me, the accounts API of MEMOIO: {@code /talktome/api/...} on the main port, the same
 * paths at the root of {@code teamgate.talktome.native-port} when set. Authentication is checked
 * per endpoint (see {@link TalkToMeAuthenticator} for why); there is no documented rate limit.
 */
@Configuration(proxyBeanMethods = false)
class TalkToMeConfiguration {

    static final String VENDOR = "talktome";
    static final String PREFIX = "/talktome";

    @Bean
    VendorApi talkToMeApi(TalkToMeProperties properties) {
        return VendorApi.builder(VENDOR)
                .displayName("talk-to-me (MEMOIO)")
                .pathPrefix(PREFIX)
                .baseUrlPath("/talktome/api")
                .errorRenderer(new TalkToMeErrors())
                .documentedErrors(TalkToMeErrors.documented())
                .authenticator(new TalkToMeAuthenticator())
                .rateLimit(properties.rateLimit())
                .nativePort(properties.nativePort())
                .securityScheme("companyKey", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.HEADER).name("Authorization")
                        .description("Today's access key hash(secret + hash(secret + companyId + today)), raw or "
                                + "as 'Bearer <key>'; alternatively the key parameter. companyId is always a "
                                + "parameter. Demo: companyId JSOM3ACS72QAJ2I1IM1D5VNFGR (secret company-ltd-demo-secret); "
                                + "its key changes daily, GET /_admin/credentials shows today's (todayKey)."))
                .sensitiveParameters(Set.of("key"))
                .description("MEMOIO talk-to-me accounts API: is-account, person-info, out-of-office, "
                        + "do-not-disturb. Parameters as query string, form or JSON body; GET or POST.")
                .build();
    }
}
