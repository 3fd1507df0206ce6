package dev.teamgate.stackfield;

import dev.teamgate.domain.InvalidInputException;
import dev.teamgate.domain.NotFoundException;
import dev.teamgate.domain.credential.Credential;
import dev.teamgate.domain.credential.CredentialKind;
import dev.teamgate.domain.credential.CredentialRepository;
import dev.teamgate.domain.credential.CredentialService;
import dev.teamgate.domain.credential.IssuedCredential;
import dev.teamgate.domain.credential.SecretHasher;
import dev.teamgate.domain.room.Room;
import dev.teamgate.domain.room.RoomRepository;
import dev.teamgate.domain.workspace.Workspace;
import dev.teamgate.domain.workspace.WorkspaceRepository;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes, lists and deletes webhook URLs, as Stackfield's "Add new WebHook" buttons do. A webhook
 * URL is a {@code WEBHOOK_URL} credential whose secret is a fresh random UUID (stored as a digest
 * only), bound to a room or to the organization and to one kind ({@code Credential.binding}).
 */
@Service
@RequiredArgsConstructor
class WebhookUrls {

    private static final int LABEL_LIMIT = 200;

    private final WorkspaceRepository workspaces;
    private final RoomRepository rooms;
    private final CredentialService credentialService;
    private final CredentialRepository credentials;
    private final Clock clock;

    /**
     * @param workspace the organization's slug or external id
     * @param room      a room's slug or Room API ID; required for content kinds, optional for
     *                  room-settings, not allowed for organization webhooks
     */
    @Transactional
    IssuedCredential create(String workspace, String room, String kind, String label) {
        WebhookKind webhookKind = WebhookKind.fromBinding(required(kind, "kind")).orElseThrow(() ->
                new InvalidInputException("kind", "kind must be one of " + String.join(", ", WebhookKind.bindings())));
        Workspace organization = organization(required(workspace, "workspace"));
        Room target = null;
        if (room != null && !room.isBlank()) {
            if (!webhookKind.mayHaveRoom()) {
                throw new InvalidInputException("room", "organization webhooks are not bound to a room");
            }
            target = rooms.findByWorkspaceAndSlug(organization, room)
                    .or(() -> Rooms.byApiId(rooms, organization, room))
                    .orElseThrow(() -> new NotFoundException("room", room));
        } else if (webhookKind.needsRoom()) {
            throw new InvalidInputException("room", "a " + webhookKind.binding() + " webhook needs a room");
        }
        if (label != null && label.length() > LABEL_LIMIT) {
            throw new InvalidInputException("label", "label must be at most " + LABEL_LIMIT + " characters");
        }
        String webhookId = UUID.randomUUID().toString();
        Credential credential = credentialService.register(organization, CredentialKind.WEBHOOK_URL, null, webhookId);
        credential.setRoom(target);
        credential.setBinding(webhookKind.binding());
        credential.setLabel(label == null || label.isBlank() ? "WebHook" : label);
        return new IssuedCredential(credential, webhookId);
    }

    /** The organization's webhooks (or every Stackfield webhook), without secrets: only digests exist. */
    @Transactional
    List<Credential> list(String workspace) {
        List<Workspace> scope = workspace == null || workspace.isBlank()
                ? workspaces.findByVendorOrderById(StackfieldConfiguration.KEY)
                : List.of(organization(workspace));
        return scope.stream()
                .flatMap(ws -> credentials.findByWorkspaceAndKindOrderById(ws, CredentialKind.WEBHOOK_URL).stream())
                .toList();
    }

    /** Deletes a webhook URL: it answers 4038 "Integration disabled." from then on. */
    @Transactional
    void delete(String webhookId) {
        Credential webhook = credentials.findBySecretHash(SecretHasher.sha256Hex(StackfieldAuthenticator.normalize(webhookId)))
                .stream()
                .filter(c -> c.getKind() == CredentialKind.WEBHOOK_URL)
                .filter(c -> StackfieldConfiguration.KEY.equals(c.getWorkspace().getVendor()))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("webhook", webhookId));
        if (webhook.getRevokedAt() == null) {
            webhook.setRevokedAt(clock.instant());
        }
    }

    private Workspace organization(String workspace) {
        return workspaces.findByVendorAndSlug(StackfieldConfiguration.KEY, workspace)
                .or(() -> workspaces.findByVendorAndExternalId(StackfieldConfiguration.KEY, workspace))
                .orElseThrow(() -> new NotFoundException("workspace", workspace));
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, field + " is required");
        }
        return value.trim();
    }
}
