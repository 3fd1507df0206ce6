package dev.teamgate.commflow;

import dev.teamgate.domain.workspace.Workspace;
import java.util.Locale;

/**
 * How a CommFlow workspace is stored. Test mode and live mode of one CommFlow workspace are two
 * Teamgate workspaces: the live one carries the public id ({@code ws_456}) as its external id; its
 * test twin has its own external id plus the settings {@code mode=test} and {@code publicId=ws_456}.
 * Every query is scoped to one Teamgate workspace, so test keys can never see live data.
 */
final class CommFlowWorkspaces {

    static final String LIVE = "live";
    static final String TEST = "test";
    private static final String MODE_SETTING = "mode";
    private static final String PUBLIC_ID_SETTING = "publicId";

    private CommFlowWorkspaces() {
    }

    static String mode(Workspace workspace) {
        return workspace.setting(MODE_SETTING).map(m -> m.toLowerCase(Locale.ROOT)).orElse(LIVE);
    }

    /** The id CommFlow shows for the workspace, the same in both modes. */
    static String publicId(Workspace workspace) {
        return workspace.setting(PUBLIC_ID_SETTING).orElse(workspace.getExternalId());
    }

    /** The plan name in lower case ({@code starter}, {@code professional}, {@code business}), or null. */
    static String plan(Workspace workspace) {
        return workspace.getPlan() == null ? null : workspace.getPlan().toLowerCase(Locale.ROOT);
    }
}
