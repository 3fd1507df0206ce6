package dev.teamgate.platform.seed;

import dev.teamgate.domain.workspace.WorkspaceRepository;
import dev.teamgate.platform.reset.ResetService;
import lombok.RequiredArgsConstructor;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Loads the seed before the web server opens its ports, through the same reset path the control
 * plane uses: no request (vendor, control plane or readiness probe) is ever answered by a server
 * whose demo keys are not there yet. A lifecycle phase below the web server's does this; an
 * ApplicationRunner would run only after the ports are open. Only an empty database is seeded,
 * so a file-backed sandbox keeps its state across restarts.
 */
@Component
@RequiredArgsConstructor
class SeedOnStartup implements SmartLifecycle {

    /** Before the web server (Spring Boot starts it in a phase near {@code Integer.MAX_VALUE}). */
    static final int PHASE = 0;

    private final ResetService reset;
    private final WorkspaceRepository workspaces;
    private volatile boolean running;

    @Override
    public void start() {
        if (workspaces.count() == 0) {
            reset.resetAll();
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
