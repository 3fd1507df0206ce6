package dev.teamgate.flowdock;

import dev.teamgate.domain.workspace.Workspace;
import dev.teamgate.domain.workspace.WorkspaceRepository;
import dev.teamgate.platform.auth.Caller;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/** The caller's organizations (Teamgate workspaces of vendor flowdock). */
@RestController
@RequestMapping({FlowdockPaths.PREFIX, FlowdockPaths.V1})
@RequiredArgsConstructor
class OrganizationsController {

    private final Directory directory;
    private final FlowMapper mapper;
    private final FlowdockLinks links;
    private final WorkspaceRepository workspaces;

    @Operation(summary = "List organizations",
            description = "The organizations the user belongs to.")
    @GetMapping("/organizations")
    List<FlowdockWire.Organization> list(HttpServletRequest request, Caller caller) {
        FlowdockUser user = directory.user(caller);
        FlowdockLinks.Base base = links.of(request);
        return user.organizations().stream().sorted(Comparator.comparing(Workspace::getId))
                .map(ws -> mapper.organization(base, ws)).toList();
    }

    @Operation(summary = "Find an organization by id",
            description = "The organization whose `id` is given.")
    @GetMapping("/organizations/find")
    FlowdockWire.Organization find(HttpServletRequest request, Caller caller, FlowdockParams params) {
        FlowdockUser user = directory.user(caller);
        return mapper.organization(links.of(request), directory.organizationById(user, params.requiredText("id")));
    }

    @Operation(summary = "Get an organization",
            description = "One organization by parameterized name, with its users and subscription.")
    @GetMapping("/organizations/{org}")
    FlowdockWire.Organization show(HttpServletRequest request, Caller caller, @PathVariable String org) {
        FlowdockUser user = directory.user(caller);
        return mapper.organization(links.of(request), directory.organization(user, org));
    }

    /** Renames an organization; admins only. */
    @Operation(summary = "Update an organization",
            description = "Rename it (`name`); organization admins only. PATCH works the same.")
    @RequestMapping(value = "/organizations/{org}", method = {RequestMethod.PUT, RequestMethod.PATCH})
    FlowdockWire.Organization update(HttpServletRequest request, Caller caller, @PathVariable String org,
                                     FlowdockParams params) {
        FlowdockUser user = directory.user(caller);
        Scopes.require(caller, Scope.MANAGE);
        Workspace ws = directory.organization(user, org);
        if (!user.isAdminOf(ws)) {
            throw FlowdockErrors.forbidden("Only organization admins can change the organization");
        }
        params.text("name", 200).ifPresent(name -> {
            if (name.isBlank()) {
                throw FlowdockErrors.invalid("name", "can't be blank");
            }
            ws.setName(name.trim());
            workspaces.save(ws);
        });
        return mapper.organization(links.of(request), ws);
    }
}
