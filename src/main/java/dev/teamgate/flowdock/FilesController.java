package dev.teamgate.flowdock;

import dev.teamgate.domain.file.StoredFile;
import dev.teamgate.domain.file.StoredFileService;
import dev.teamgate.domain.workspace.WorkspaceRepository;
import dev.teamgate.platform.auth.Caller;
import io.swagger.v3.oas.annotations.Operation;
import java.nio.file.Files;
import java.nio.file.Path;
import lombok.RequiredArgsConstructor;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /files/:id/:hash/:name}, the {@code path} every file message carries. Real Flowdock
 * redirects to a short-lived URL; Teamgate serves the bytes itself (200, the uploaded content type,
 * {@code Content-Disposition} with the file name) to members of the file's flow or conversation.
 * Anyone else, a wrong name or a file whose bytes are gone gets 404.
 */
@RestController
@RequestMapping({FlowdockPaths.PREFIX, FlowdockPaths.V1})
@RequiredArgsConstructor
class FilesController {

    private final Directory directory;
    private final WorkspaceRepository workspaces;
    private final StoredFileService storedFiles;

    @Operation(summary = "Download a file",
            description = "The bytes of a file posted to a flow you belong to (the `path` of a `file` message).")
    @GetMapping("/files/{organization}/{hash}/{name:.+}")
    ResponseEntity<Resource> download(Caller caller, @PathVariable String organization, @PathVariable String hash,
                                      @PathVariable String name) {
        FlowdockUser user = directory.user(caller);
        StoredFile file = workspaces.findByVendorAndExternalId(FlowdockConfiguration.KEY, organization)
                .flatMap(ws -> storedFiles.find(ws, hash))
                .filter(f -> f.getName().equals(name))
                .filter(f -> directory.membership(user, f.getRoom()).filter(m -> !m.isBlocked()).isPresent())
                .orElseThrow(() -> FlowdockErrors.notFound("File not found"));
        Path bytes = Path.of(file.getStoragePath());
        if (!Files.isReadable(bytes)) {
            throw FlowdockErrors.notFound("File not found");
        }
        return ResponseEntity.ok()
                .contentType(mediaType(file.getContentType()))
                .contentLength(file.getSizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name,
                        java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(new FileSystemResource(bytes));
    }

    /** The uploaded content type, or octet-stream when the uploader's value is no media type. */
    private static MediaType mediaType(String contentType) {
        try {
            return MediaType.parseMediaType(contentType);
        } catch (IllegalArgumentException invalid) { // InvalidMediaTypeException is one
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}
