package dev.teamgate.stackfield;

import dev.teamgate.domain.credential.Credential;
import dev.teamgate.domain.credential.CredentialKind;
import dev.teamgate.domain.credential.CredentialCheck;
import dev.teamgate.domain.credential.CredentialLookup;
import dev.teamgate.platform.auth.AuthOutcome;
import dev.teamgate.platform.auth.Caller;
import dev.teamgate.platform.auth.VendorAuthenticator;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;

/**
 * The webhook URL is the credential: the UUID in {@code POST /apiwh/<uuid>} is looked up by its
 * digest. An unknown UUID is refused with 4035 "Invalid request. ObjectId is invalid.", a revoked
 * (deleted) one with 4038 "Integration disabled.". Other methods and paths pass as anonymous, so
 * they get the plain 405/404 whether or not the UUID exists. For a known webhook, a multipart body
 * is parsed here already ({@link MultipartPreflight}), the one exception to leaving the body to
 * the endpoint.
 */
@RequiredArgsConstructor
final class StackfieldAuthenticator implements VendorAuthenticator {

    private static final Pattern WEBHOOK_PATH = Pattern.compile("^" + StackfieldConfiguration.PREFIX + "/apiwh/([^/]+)$");

    private final CredentialLookup credentials;

    @Override
    public AuthOutcome authenticate(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())) {
            return AuthOutcome.anonymous();
        }
        Matcher path = WEBHOOK_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!path.matches()) {
            return AuthOutcome.anonymous();
        }
        CredentialCheck check = credentials.check(normalize(path.group(1)), CredentialKind.WEBHOOK_URL,
                StackfieldConfiguration.KEY);
        if (check.status() == CredentialCheck.Status.UNKNOWN) {
            return AuthOutcome.refused(ResultCode.INVALID_OBJECT_ID.problem());
        }
        if (!check.isUsable()) {
            return AuthOutcome.refused(ResultCode.INTEGRATION_DISABLED.problem());
        }
        Credential usable = check.credential();
        WebhookKind kind = WebhookKind.fromBinding(usable.getBinding()).orElse(WebhookKind.CHAT);
        return MultipartPreflight.refusal(request, kind)
                .map(AuthOutcome::refused)
                .orElseGet(() -> AuthOutcome.authenticated(caller(usable)));
    }

    /** Webhook ids are UUIDs, which compare without regard to case; they are stored in lower case. */
    static String normalize(String webhookId) {
        return webhookId.trim().toLowerCase(Locale.ROOT);
    }

    private static Caller caller(Credential c) {
        Map<String, Object> attributes = c.getBinding() == null ? Map.of() : Map.of("binding", c.getBinding());
        return new Caller(StackfieldConfiguration.KEY, c.getWorkspace().getId(), null, c.getId(), "webhook:" + c.getId(),
                c.getDisplayPrefix(), Set.of(), attributes);
    }
}
