package dev.teamgate.admin;

import dev.teamgate.domain.NotFoundException;
import dev.teamgate.domain.fixture.FixtureDocument;
import dev.teamgate.domain.fixture.FixtureExporter;
import dev.teamgate.domain.fixture.FixtureLoader;
import dev.teamgate.domain.workspace.Workspace;
import dev.teamgate.domain.workspace.WorkspaceRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/_admin/fixtures")
@Tag(name = "Fixtures")
@RequiredArgsConstructor
class FixturesController {

    private final FixtureLoader loader;
    private final FixtureExporter exporter;
    private final WorkspaceRef workspaceRef;
    private final WorkspaceRepository workspaces;

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Load a fixture",
            description = "Each workspace in the document replaces the workspace of the same vendor and slug, if any. "
                    + "The load is all or nothing: a bad reference fails it with the path of the field.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            mediaType = "application/json", examples = @ExampleObject(
                    name = "One small workspace", value = "{\"workspaces\": [{\"vendor\": \"flowdock\", \"slug\": \"example-org\", \"name\": \"Example org\"}]}")))
    LoadResponse load(@RequestBody FixtureDocument document) {
        List<Workspace> loaded = loader.load(document);
        return new LoadResponse(loaded.stream().map(w -> w.getVendor() + "/" + w.getSlug()).toList());
    }

    @GetMapping
    @Operation(summary = "Export the current state as a fixture that loads back into the same state")
    FixtureDocument export(@RequestParam(required = false) String workspace,
                           @RequestParam(required = false) String vendor) {
        if (workspace == null) {
            return exporter.exportAll();
        }
        WorkspaceRef.Resolved target = workspaceRef.resolve(vendor, workspace);
        Workspace ws = workspaces.findByVendorAndSlug(target.vendor(), target.slug())
                .orElseThrow(() -> new NotFoundException("workspace", workspace));
        return exporter.export(ws);
    }

    record LoadResponse(List<String> loaded) {
    }
}
