package dev.teamgate.admin;

import dev.teamgate.domain.workspace.WorkspaceRepository;
import dev.teamgate.platform.reset.ResetService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/_admin")
@Tag(name = "Reset")
@RequiredArgsConstructor
class ResetController {

    private final ResetService reset;
    private final WorkspaceRef workspaceRef;
    private final WorkspaceRepository workspaces;

    @PostMapping("/reset")
    @Operation(summary = "Back to the seed",
            description = "Without `workspace`: the state of a fresh start. Restores every seeded workspace, removes "
                    + "every other workspace, returns the clock to real time, refills every rate-limit bucket and "
                    + "forgets run-time policies, clears the request journal, fault rules, open streams and webhook "
                    + "deliveries. With `keepWorkspaces=true`, workspaces made by POST /_admin/workspaces are left "
                    + "as they are (tests running in parallel keep theirs). With `workspace` (and `vendor` when the "
                    + "slug is ambiguous): restores that one workspace (a seeded one to the seed, a created one to "
                    + "the state it was created in) and leaves everything else alone.")
    ResetResponse reset(@Parameter(description = "workspace slug, or vendor/slug") @RequestParam(required = false) String workspace,
                        @RequestParam(required = false) String vendor,
                        @Parameter(description = "full reset only: keep the workspaces made by POST /_admin/workspaces")
                        @RequestParam(defaultValue = "false") boolean keepWorkspaces) {
        // One reset at a time: ResetService holds one lock for every caller.
        if (workspace == null) {
            reset.resetAll(keepWorkspaces);
            return new ResetResponse("all", workspaces.count());
        }
        WorkspaceRef.Resolved target = workspaceRef.resolve(vendor, workspace);
        reset.resetWorkspace(target.vendor(), target.slug());
        return new ResetResponse(target.vendor() + "/" + target.slug(), workspaces.count());
    }

    record ResetResponse(String reset, long workspaces) {
    }
}
