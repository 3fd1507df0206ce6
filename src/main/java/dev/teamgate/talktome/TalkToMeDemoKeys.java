package dev.teamgate.talktome;

import dev.teamgate.domain.credential.CredentialKind;
import dev.teamgate.domain.fixture.CredentialFixture;
import dev.teamgate.domain.fixture.WorkspaceFixture;
import dev.teamgate.platform.seed.DemoCredentialExtras;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Adds today's computed key to each seeded company secret in {@code GET /_admin/credentials}, so a
 * test can copy a working key instead of implementing the formula first.
 */
@Component
@RequiredArgsConstructor
class TalkToMeDemoKeys implements DemoCredentialExtras {

    private final TalkToMeProperties properties;
    private final Clock clock;

    @Override
    public String vendor() {
        return TalkToMeConfiguration.VENDOR;
    }

    @Override
    public Map<String, Object> extras(WorkspaceFixture workspace, CredentialFixture credential) {
        String secret = credential.sharedSecret() != null ? credential.sharedSecret() : credential.secret();
        if (!CredentialKind.SHARED_SECRET.name().equals(credential.kind()) || secret == null) {
            return Map.of();
        }
        String companyId = workspace.externalId() != null ? workspace.externalId() : workspace.slug();
        HashAlgorithm hash = HashAlgorithm.fromSetting(workspace.settings().get(HashAlgorithm.SETTING));
        LocalDate day = AccessKeys.day(clock.instant(), properties.zone());
        long today = AccessKeys.today(day, properties.zone());
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("companyId", companyId);
        extras.put("hash", hash.displayName());
        extras.put("day", day.toString());
        extras.put("today", today);
        extras.put("todayKey", AccessKeys.compute(hash, secret, companyId, today));
        return extras;
    }
}
