package dev.teamgate.talktome;

import dev.teamgate.platform.auth.AuthOutcome;
import dev.teamgate.platform.auth.VendorAuthenticator;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Lets every call through as anonymous. talk-to-me authenticates with {@code companyId} plus a
 * key, and both may arrive in a JSON body, which the gateway's authentication step does not
 * read; person-info by talkToMeId needs no authentication at all. So the company is verified
 * where all parameters are known: {@link CompanyAuthentication}, called by each endpoint on the
 * parameters {@link ParameterReader} merged from query, form and JSON.
 */
final class TalkToMeAuthenticator implements VendorAuthenticator {

    @Override
    public AuthOutcome authenticate(HttpServletRequest request) {
        return AuthOutcome.anonymous();
    }
}
