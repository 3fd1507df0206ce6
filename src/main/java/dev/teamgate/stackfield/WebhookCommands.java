package dev.teamgate.stackfield;

import dev.teamgate.domain.workspace.Workspace;
import dev.teamgate.domain.workspace.WorkspaceRepository;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the {@code Command} of an organization or room-settings webhook, all in one transaction:
 * a refused command changes nothing. Missing command 4070; unknown, or not one this webhook runs,
 * 4052.
 */
@Service
@RequiredArgsConstructor
class WebhookCommands {

    private final WorkspaceRepository workspaces;
    private final UserCommands users;
    private final RoomCreation roomCreation;
    private final RoomAccessCommands roomAccess;

    @Transactional
    WebhookResult run(WebhookTarget target, WebhookPayload payload) {
        String name = payload.text("Command", WebhookPayload.TEXT_LIMIT).map(String::trim).filter(s -> !s.isEmpty())
                .orElseThrow(ResultCode.COMMAND_EMPTY::exception);
        WebhookCommand command = WebhookCommand.named(name).filter(c -> c.allowedOn(target.kind()))
                .orElseThrow(ResultCode.COMMAND_UNKNOWN::exception);
        Workspace organization = workspaces.findById(target.workspaceId())
                .orElseThrow(ResultCode.INVALID_OBJECT_ID::exception);
        return switch (command) {
            case CREATE_USER -> users.create(organization, payload);
            case REMOVE_USER -> users.remove(organization, payload);
            case DEACTIVATE_USER -> users.deactivate(organization, payload);
            case CREATE_ROOM -> roomCreation.create(organization, payload);
            case ARCHIVE_ROOM -> roomAccess.archive(organization, target, payload);
            case GRANT_ROOM_ACCESS -> roomAccess.grant(organization, target, payload);
            case REVOKE_ROOM_ACCESS -> roomAccess.revoke(organization, target, payload);
        };
    }
}
