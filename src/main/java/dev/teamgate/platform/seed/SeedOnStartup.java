package dev.teamgate.platform.seed;

import dev.teamgate.domain.workspace.WorkspaceRepository;
import dev.teamgate.platform.reset.ResetService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the seed before the application reports itself ready, through the same reset path the
 * control plane uses. Only an empty database is seeded, so a file-backed sandbox keeps its state
 * across restarts.
 */
@Component
@Order(0)
class SeedOnStartup implements ApplicationRunner {

    private final ResetService reset;
    private final WorkspaceRepository workspaces;

    SeedOnStartup(ResetService reset, WorkspaceRepository workspaces) {
        this.reset = reset;
        this.workspaces = workspaces;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (workspaces.count() == 0) {
            reset.resetAll();
        }
    }
}
