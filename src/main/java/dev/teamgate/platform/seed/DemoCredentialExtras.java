package dev.teamgate.platform.seed;

import dev.teamgate.domain.fixture.CredentialFixture;
import dev.teamgate.domain.fixture.WorkspaceFixture;
import java.util.Map;

/**
 * Lets a vendor add derived values to its entries in {@code GET /_admin/credentials}, for example
 * today's computed key for a shared secret, so a test can copy it instead of computing it.
 */
public interface DemoCredentialExtras {

    String vendor();

    Map<String, Object> extras(WorkspaceFixture workspace, CredentialFixture credential);
}
