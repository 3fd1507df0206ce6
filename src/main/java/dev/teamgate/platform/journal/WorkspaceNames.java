package dev.teamgate.platform.journal;

import dev.teamgate.domain.workspace.WorkspaceRepository;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The {@code vendor/slug} of a workspace id, for journal entries. A workspace's id never names
 * another workspace (identities are not reused), so a name once read stays right; the map is
 * emptied when it grows past {@value #MAX} ids (thousands of per-test workspaces).
 */
@Component
@RequiredArgsConstructor
class WorkspaceNames {

    static final int MAX = 10_000;

    private final WorkspaceRepository workspaces;
    private final Map<Long, String> names = new ConcurrentHashMap<>();

    String of(Long workspaceId) {
        if (workspaceId == null) {
            return null;
        }
        String known = names.get(workspaceId);
        if (known != null) {
            return known;
        }
        String name = workspaces.findById(workspaceId).map(w -> w.getVendor() + "/" + w.getSlug()).orElse(null);
        if (name != null) {
            if (names.size() >= MAX) {
                names.clear();
            }
            names.put(workspaceId, name);
        }
        return name;
    }
}
