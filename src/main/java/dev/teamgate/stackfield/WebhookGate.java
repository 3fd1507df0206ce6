package dev.teamgate.stackfield;

import dev.teamgate.domain.credential.Credential;
import dev.teamgate.domain.credential.CredentialRepository;
import dev.teamgate.domain.room.Room;
import dev.teamgate.domain.workspace.Workspace;
import dev.teamgate.platform.auth.Caller;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The checks every webhook request passes before its body is looked at, in this order:
 * integration off (4038), organization inactive (4037), settings webhooks outside Enterprise
 * (4039), room type (4033), and for content webhooks encrypted (4032) or archived (4036) room and
 * the kind's module switched off (4038 "Module disabled.").
 */
@Component
@RequiredArgsConstructor
class WebhookGate {

    private final CredentialRepository credentials;

    /*
     * Not read-only on purpose: with open-session-in-view the entities loaded here stay in the
     * request's persistence context, and Hibernate would silently skip changes later made to
     * entities it loaded in a read-only transaction.
     */
    @Transactional
    WebhookTarget admit(Caller caller) {
        Credential webhook = credentials.findById(caller.credentialId())
                .orElseThrow(ResultCode.INVALID_OBJECT_ID::exception);
        WebhookKind kind = WebhookKind.fromBinding(webhook.getBinding())
                .orElseThrow(ResultCode.REQUEST_NOT_COMPLETED::exception);
        Workspace organization = webhook.getWorkspace();
        if (!organization.isApiAccess()) {
            throw ResultCode.INTEGRATION_DISABLED.exception();
        }
        if (organization.isBillingLimited()) {
            throw ResultCode.ORGANIZATION_NOT_ACTIVE.exception();
        }
        if (kind.enterpriseOnly() && !OrganizationSettings.isEnterprise(organization)) {
            throw ResultCode.NOT_PAID.exception();
        }
        Room room = kind.mayHaveRoom() ? webhook.getRoom() : null;
        if (room == null && kind.needsRoom()) {
            throw ResultCode.REQUEST_NOT_COMPLETED.exception();
        }
        if (room != null) {
            checkRoom(room, organization, kind);
        }
        return new WebhookTarget(webhook.getId(), organization.getId(), room == null ? null : room.getId(), kind,
                webhook.getLabel());
    }

    private static void checkRoom(Room room, Workspace organization, WebhookKind kind) {
        if (!StackfieldRooms.supported(room)) {
            throw ResultCode.ROOM_TYPE_NOT_SUPPORTED.exception();
        }
        if (!kind.createsContent()) {
            return;
        }
        if (room.isEncrypted()) {
            throw ResultCode.ENCRYPTED_ROOM.exception();
        }
        if (room.isArchived()) {
            throw ResultCode.ROOM_NOT_ACTIVE.exception();
        }
        if (OrganizationSettings.moduleDisabled(organization, kind)) {
            throw ResultCode.MODULE_DISABLED.exception();
        }
    }
}
