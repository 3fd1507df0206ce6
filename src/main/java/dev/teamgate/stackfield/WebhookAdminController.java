package dev.teamgate.stackfield;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.teamgate.domain.credential.Credential;
import dev.teamgate.domain.credential.IssuedCredential;
import dev.teamgate.platform.nativeport.NativePorts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The control plane's Stackfield part, at {@code /_admin/stackfield/webhooks}: make, list and
 * delete webhook URLs. It lives in the vendor package (vendors may not import {@code admin}) but
 * outside the vendor prefix, so it answers like the rest of the control plane: JSON, and RFC 9457
 * problems from the platform's exception handler.
 */
@RestController
// One transaction per control-plane call: the answer is mapped from entities inside it (open-in-view is off).
@Transactional
@RequestMapping("/_admin/stackfield/webhooks")
@Tag(name = "Stackfield webhooks")
@RequiredArgsConstructor
class WebhookAdminController {

    private final WebhookUrls webhooks;
    private final NativePorts nativePorts;

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Make a Stackfield webhook URL",
            description = "`kind`: chat, discussion, task, page, file, event (need a `room`), organization (no room) "
                    + "or room-settings (with a `room`, or organization-wide without). `workspace` is the "
                    + "organization's slug or id, `room` a room slug or Room API ID. The URL is shown once.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            mediaType = "application/json", examples = @ExampleObject(
                    name = "A chat webhook for the demo room", value = "{\"workspace\": \"demo\", \"room\": \"demo-room\", \"kind\": \"chat\", \"label\": \"My chat webhook\"}")))
    WebhookUrlResponse create(@RequestBody NewWebhookRequest body, HttpServletRequest request) {
        IssuedCredential issued = webhooks.create(body.workspace(), body.room(), body.kind(), body.label());
        Credential c = issued.credential();
        String path = StackfieldConfiguration.PREFIX + "/apiwh/" + issued.secret();
        int nativePort = nativePorts.actualPort(StackfieldConfiguration.KEY);
        String nativeUrl = nativePort > 0
                ? request.getScheme() + "://" + request.getServerName() + ":" + nativePort + "/apiwh/" + issued.secret()
                : null;
        return new WebhookUrlResponse(issued.secret(),
                ServletUriComponentsBuilder.fromContextPath(request).path(path).build().toUriString(), path, nativeUrl,
                c.getWorkspace().getSlug(), c.getBinding(), c.getRoom() == null ? null : c.getRoom().getSlug(),
                c.getRoom() == null ? null : c.getRoom().getExternalId(), c.getLabel());
    }

    @GetMapping
    @Operation(summary = "The Stackfield webhook URLs (their display prefix only: the UUIDs are stored as digests)")
    List<WebhookSummary> list(@RequestParam(required = false) String workspace) {
        return webhooks.list(workspace).stream()
                .map(c -> new WebhookSummary(c.getWorkspace().getSlug(), c.getBinding(),
                        c.getRoom() == null ? null : c.getRoom().getSlug(),
                        c.getRoom() == null ? null : c.getRoom().getExternalId(), c.getLabel(), c.getDisplayPrefix(),
                        c.getRevokedAt() != null, c.getCreatedAt()))
                .toList();
    }

    @DeleteMapping("/{webhookId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a webhook URL; it answers 4038 \"Integration disabled.\" afterwards")
    void delete(@PathVariable String webhookId) {
        webhooks.delete(webhookId);
    }

    record NewWebhookRequest(String workspace, String room, String kind, String label) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record WebhookUrlResponse(String webhookId, String url, String path, String nativeUrl, String workspace,
                              String kind, String room, String roomId, String label) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record WebhookSummary(String workspace, String kind, String room, String roomId, String label,
                          String displayPrefix, boolean revoked, Instant createdAt) {
    }
}
