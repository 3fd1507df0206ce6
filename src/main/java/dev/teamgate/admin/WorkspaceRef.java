package dev.teamgate.admin;

import dev.teamgate.domain.InvalidInputException;
import dev.teamgate.domain.NotFoundException;
import dev.teamgate.domain.workspace.Workspace;
import dev.teamgate.domain.workspace.WorkspaceRepository;
import dev.teamgate.platform.seed.SeedFixtures;
import dev.teamgate.domain.fixture.WorkspaceRowCopier;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Resolves the control plane's workspace parameter: {@code vendor/slug}, or a bare slug (with an
 * optional separate vendor) when it names one workspace only, looking in the database and the seed.
 */
@Component
@RequiredArgsConstructor
class WorkspaceRef {

    private final WorkspaceRepository workspaces;
    private final SeedFixtures seed;
    private final WorkspaceRowCopier rows;

    Resolved resolve(String vendor, String workspace) {
        String slug = workspace;
        if (workspace.contains("/")) {
            vendor = workspace.substring(0, workspace.indexOf('/'));
            slug = workspace.substring(workspace.indexOf('/') + 1);
        }
        Set<Resolved> candidates = new LinkedHashSet<>();
        if (vendor != null && rows.workspaceId(vendor, slug) != null) {
            // vendor/slug names at most one workspace: one indexed look-up, no entities loaded (a reset's hot path)
            return new Resolved(vendor, slug);
        }
        for (Workspace w : vendor != null ? List.<Workspace>of() : workspaces.findAllByOrderById()) {
            if (w.getSlug().equals(slug) && (vendor == null || vendor.equals(w.getVendor()))) {
                candidates.add(new Resolved(w.getVendor(), w.getSlug()));
            }
        }
        String wantedVendor = vendor;
        String wantedSlug = slug;
        seed.document().workspaces().stream()
                .filter(w -> wantedSlug.equals(w.slug()) && (wantedVendor == null || wantedVendor.equals(w.vendor())))
                .forEach(w -> candidates.add(new Resolved(w.vendor(), w.slug())));
        if (candidates.isEmpty()) {
            throw new NotFoundException("workspace", workspace);
        }
        if (candidates.size() > 1) {
            throw new InvalidInputException("workspace",
                    "workspace " + workspace + " exists for several vendors; write vendor/slug");
        }
        return candidates.iterator().next();
    }

    record Resolved(String vendor, String slug) {
    }
}
