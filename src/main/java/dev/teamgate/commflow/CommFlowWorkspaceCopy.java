package dev.teamgate.commflow;

import dev.teamgate.domain.credential.SecretHasher;
import dev.teamgate.domain.fixture.FixtureJson;
import dev.teamgate.domain.fixture.WorkspaceFixture;
import dev.teamgate.domain.oauth.OAuthAppsFixtureSection;
import dev.teamgate.platform.seed.WorkspaceCopyHook;

/**
 * A copied CommFlow workspace gets OAuth apps of its own (client ids are global, so they are
 * suffixed with the copy's tag, and secrets renewed) and new webhook signing secrets.
 */
class CommFlowWorkspaceCopy implements WorkspaceCopyHook {

    @Override
    public WorkspaceFixture adjust(WorkspaceFixture copy, String tag) {
        return copy
                .withSection(OAuthAppsFixtureSection.NAME, apps -> OAuthAppsFixtureSection.renewedForCopy(apps, tag,
                        OAuthAppsAdminController.KIND.clientSecretPrefix()))
                .withSection("webhooks", hooks -> FixtureJson.changedEntries(hooks,
                        hook -> hook.put("secret", "whsec_" + SecretHasher.randomSecret(32))));
    }
}
