package dev.teamgate.talktome;

import dev.teamgate.domain.credential.Credential;
import dev.teamgate.domain.credential.CredentialKind;
import dev.teamgate.domain.credential.CredentialRepository;
import dev.teamgate.domain.workspace.Workspace;
import dev.teamgate.domain.workspace.WorkspaceRepository;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verifies {@code companyId} + key. The company's secret is a {@link CredentialKind#SHARED_SECRET}
 * credential whose plain value is kept ({@code Credential.sharedSecret}): the server must know it
 * to recompute the key. The key passes when it equals
 * {@code hash(secret + hash(secret + companyId + today))} for today or, with a tolerance of N days,
 * for any day from today-N to today+N. "Today" is reckoned in each accepted zone
 * ({@code teamgate.talktome.zone} and {@code key-zones}, by default UTC and Europe/Berlin): the
 * vendor's own zone is unseen, and a client computing Berlin's day must not be refused all day.
 */
@Component
@RequiredArgsConstructor
class CompanyAuthentication {

    private final WorkspaceRepository workspaces;
    private final CredentialRepository credentials;
    private final TalkToMeProperties properties;
    private final Clock clock;

    /**
     * The company the parameters authenticate, or: 401 when no key was given at all, 400 when the
     * key came without {@code companyId}, 403 for an unknown company, a company without API
     * access or a key that does not match.
     */
    @Transactional(readOnly = true)
    Company authenticate(TalkToMeParameters parameters) {
        String key = parameters.accessKey().orElseThrow(TalkToMeErrors::unauthenticated);
        String companyId = parameters.required("companyId");
        Workspace company = workspaces.findByVendorAndExternalId(TalkToMeConfiguration.VENDOR, companyId)
                .orElseThrow(TalkToMeErrors::invalidKey);
        if (!company.isApiAccess()) {
            throw TalkToMeErrors.forbidden("API access is not enabled for this company.");
        }
        HashAlgorithm hash = HashAlgorithm.fromSetting(company.setting(HashAlgorithm.SETTING).orElse(null));
        Instant now = clock.instant();
        for (Credential secret : credentials.findByWorkspaceAndKindOrderById(company, CredentialKind.SHARED_SECRET)) {
            if (secret.getSharedSecret() != null && secret.isUsableAt(now)
                    && matches(key, hash, secret.getSharedSecret(), company.getExternalId(), now)) {
                return new Company(company.getId(), company.getExternalId(), company.getName());
            }
        }
        throw TalkToMeErrors.invalidKey();
    }

    private boolean matches(String key, HashAlgorithm hash, String secret, String companyId, Instant now) {
        if (properties.acceptSecretAsKey() && same(key, secret)) {
            return true;
        }
        for (ZoneId zone : properties.acceptedKeyZones()) {
            LocalDate today = AccessKeys.day(now, zone);
            for (int offset = -properties.toleranceDays(); offset <= properties.toleranceDays(); offset++) {
                long day = AccessKeys.today(today.plusDays(offset), zone);
                if (same(key, AccessKeys.compute(hash, secret, companyId, day))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Constant-time, so the emulator does not teach clients to rely on timing. */
    private static boolean same(String presented, String expected) {
        return MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }
}
