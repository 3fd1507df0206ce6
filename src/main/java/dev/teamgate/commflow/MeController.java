package dev.teamgate.commflow;

import dev.teamgate.domain.account.Account;
import dev.teamgate.domain.workspace.Workspace;
import dev.teamgate.platform.auth.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Me")
@RequiredArgsConstructor
class MeController {

    private final CommFlowContext context;

    /** Any valid credential may ask who it is: no scope is needed. */
    @GetMapping("/commflow/v1/me")
    @Operation(summary = "The user behind the API key or access token, with its workspace")
    MeResponse me(@Parameter(hidden = true) Caller caller) {
        Workspace workspace = context.workspace(caller);
        Account user = context.user(caller, workspace).orElse(null);
        return new MeResponse(user == null ? null : user.getExternalId(), user == null ? null : user.getEmail(),
                user == null ? null : user.getName(),
                new MeResponse.WorkspaceRef(CommFlowWorkspaces.publicId(workspace), workspace.getName()));
    }
}
