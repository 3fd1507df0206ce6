package dev.teamgate.testing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * What a test gets from {@code @TeamgateTest} or {@link TeamgateContainer#teamgate()}: the base URL
 * of each vendor, the workspace (and its credentials) the test works in per vendor, and the
 * control-plane client. Workspaces are looked up, or with {@code workspacePerTest} created, the first
 * time a test asks for one, so a test pays only for the vendors it uses.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public final class Teamgate {

    private final TeamgateAdmin admin;
    private final boolean freshWorkspaces;
    private final Map<Vendor, TeamgateWorkspace> workspaces = new EnumMap<>(Vendor.class);

    /**
     * A handle on a running server (e.g. one started by hand or in CI): seeded workspaces, no
     * per-test isolation; call {@code admin().reset()} yourself between tests.
     */
    public static Teamgate connect(String baseUrl) {
        return connect(baseUrl, null);
    }

    public static Teamgate connect(String baseUrl, String adminToken) {
        return new Teamgate(TeamgateAdmin.connect(baseUrl, adminToken), false);
    }

    /** The server's root, e.g. {@code http://127.0.0.1:40123} (control plane at {@code /_admin}). */
    public String baseUrl() {
        return admin.baseUrl();
    }

    /**
     * What stands in for the vendor's host, e.g. {@code http://127.0.0.1:40123/flowdock} for
     * {@code https://api.flowdock.com}: the vendor's own paths follow it unchanged
     * ({@code /flows}, CommFlow's {@code /v1/me}, talk-to-me's {@code /api/is-account},
     * Stackfield's {@code /apiwh/<id>}, Teamfluence's {@code /external/<profile>/posts}).
     */
    public String baseUrl(Vendor vendor) {
        return admin.baseUrl() + "/" + vendor.key();
    }

    /**
     * The workspace this test works in for the vendor, with plain credentials: the vendor's first
     * seeded workspace, or with {@code workspacePerTest} a fresh copy of it made for this test (and
     * deleted after it).
     */
    public synchronized TeamgateWorkspace workspace(Vendor vendor) {
        return workspaces.computeIfAbsent(vendor,
                v -> freshWorkspaces ? admin.createWorkspace(v) : admin.seededWorkspace(v));
    }

    /** The typed control-plane client. */
    public TeamgateAdmin admin() {
        return admin;
    }

    /** Deletes the workspaces this handle created; answers the failures (not thrown, so every one is tried). */
    synchronized List<RuntimeException> deleteCreatedWorkspaces() {
        List<RuntimeException> failures = new ArrayList<>();
        if (freshWorkspaces) {
            for (TeamgateWorkspace workspace : workspaces.values()) {
                try {
                    admin.deleteWorkspace(workspace.ref());
                } catch (RuntimeException e) {
                    failures.add(e);
                }
            }
        }
        workspaces.clear();
        return failures;
    }

    /** A handle for one test on the same server: workspaces looked up, or created, afresh. */
    Teamgate forTest(boolean fresh) {
        return new Teamgate(admin, fresh);
    }
}
