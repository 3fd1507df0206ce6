package dev.teamgate.platform.seed;

import dev.teamgate.domain.fixture.WorkspaceFixture;

/**
 * Lets a vendor finish a copy of one of its workspaces (POST /_admin/workspaces): the generic copy
 * gives accounts, credentials and the workspace new identities and secrets; the vendor renews what
 * only it knows is global or secret (OAuth client ids, signing secrets, public ids in settings).
 * A vendor gives its hook to its {@code VendorApi}.
 */
@FunctionalInterface
public interface WorkspaceCopyHook {

    /** For a vendor with nothing of its own to renew. */
    WorkspaceCopyHook NONE = (copy, tag) -> copy;

    /** The copy with its vendor-specific ids and secrets renewed; {@code tag} is unique per copy. */
    WorkspaceFixture adjust(WorkspaceFixture copy, String tag);
}
