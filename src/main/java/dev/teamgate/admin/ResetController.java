package dev.teamgate.admin;

import dev.teamgate.domain.workspace.WorkspaceRepository;
import dev.teamgate.platform.reset.ResetService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/_admin")
@Tag(name = "Reset")
class ResetController {

    private final ResetService reset;
    private final java.util.concurrent.locks.ReentrantLock resetting = new java.util.concurrent.locks.ReentrantLock();
    private final WorkspaceRef workspaceRef;
    private final WorkspaceRepository workspaces;

    ResetController(ResetService reset, WorkspaceRef workspaceRef, WorkspaceRepository workspaces) {
        this.reset = reset;
        this.workspaceRef = workspaceRef;
        this.workspaces = workspaces;
    }

    @PostMapping("/reset")
    @Operation(summary = "Back to the seed",
            description = "Without parameters: empties the database, reloads the seed, refills every rate-limit "
                    + "bucket and clears the request journal. With `workspace` (and `vendor` when the slug is "
                    + "ambiguous): reloads that one workspace from the seed and leaves everything else alone.")
    ResetResponse reset(@Parameter(description = "workspace slug, or vendor/slug") @RequestParam(required = false) String workspace,
                        @RequestParam(required = false) String vendor) {
        // One reset at a time, each in its own committed transaction: concurrent resets took table
        // locks in turn and timed out (500) instead of simply running one after the other.
        resetting.lock();
        try {
            if (workspace == null) {
                reset.resetAll();
                return new ResetResponse("all", workspaces.count());
            }
            WorkspaceRef.Resolved target = workspaceRef.resolve(vendor, workspace);
            reset.resetWorkspace(target.vendor(), target.slug());
            return new ResetResponse(target.vendor() + "/" + target.slug(), workspaces.count());
        } finally {
            resetting.unlock();
        }
    }

    record ResetResponse(String reset, long workspaces) {
    }
}
