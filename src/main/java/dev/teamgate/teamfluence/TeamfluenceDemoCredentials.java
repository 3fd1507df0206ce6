package dev.teamgate.teamfluence;

import dev.teamgate.domain.fixture.AccountFixture;
import dev.teamgate.domain.fixture.CredentialFixture;
import dev.teamgate.domain.fixture.WorkspaceFixture;
import dev.teamgate.platform.seed.DemoCredentialExtras;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Adds to each demo API key in {@code GET /_admin/credentials} the profile id that must go with it
 * and the URL of the key's posts, since a Teamfluence key only works under its own profile id.
 */
@Component
class TeamfluenceDemoCredentials implements DemoCredentialExtras {

    @Override
    public String vendor() {
        return TeamfluenceConfiguration.KEY;
    }

    @Override
    public Map<String, Object> extras(WorkspaceFixture workspace, CredentialFixture credential) {
        if (credential.account() == null) {
            return Map.of();
        }
        return workspace.accounts().stream()
                .filter(a -> credential.account().equals(a.slug()))
                .findFirst()
                .map(TeamfluenceDemoCredentials::profile)
                .orElse(Map.of());
    }

    private static Map<String, Object> profile(AccountFixture account) {
        String profileId = account.externalId() == null || account.externalId().isEmpty()
                ? account.slug() : account.externalId();
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("profileId", profileId);
        extras.put("postsUrl", TeamfluenceConfiguration.API_BASE + "/" + profileId + "/posts");
        return extras;
    }
}
