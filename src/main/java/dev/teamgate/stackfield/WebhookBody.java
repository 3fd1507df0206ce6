package dev.teamgate.stackfield;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * Documentation only: every property a webhook body may carry, for Swagger UI. Which ones a
 * webhook reads depends on its kind; the server parses bodies itself ({@link WebhookPayload}).
 */
@Schema(name = "StackfieldWebhookBody")
record WebhookBody(
        @Schema(description = "Chat text, or the title of a discussion, page, task or event", example = "Hello World!")
        String Title,
        @Schema(description = "Description of a discussion, page, task or event") String Content,
        @Schema(description = "Start, yyyy-MM-dd HH:mm (UTC)", example = "2019-07-08 22:00") String DateStart,
        @Schema(description = "End, yyyy-MM-dd HH:mm (UTC)", example = "2019-07-08 23:00") String DateEnd,
        @Schema(description = "Emails, or {Email, GroupId, IsAdmin} objects") List<Object> Users,
        @Schema(description = "Organization and room-settings webhooks", example = "CreateUser") String Command,
        @Schema(example = "apiTester01@webhook.de") String Email,
        String DisplayName,
        @Schema(description = "1 Admin, 2 Member, 3 Guest, 4 External") Integer OrgRoleId,
        String UserName,
        String AuthProvider,
        @Schema(description = "CreateRoom") String Name,
        @Schema(description = "CreateRoom") String Description,
        @Schema(description = "CreateRoom: Room API ID of a room template") String TemplateId,
        @Schema(description = "Room API ID, for organization-level room commands") String RoomId) {

    /** The File webhook's multipart form. */
    @Schema(name = "StackfieldFileForm")
    record FileForm(@Schema(type = "string", format = "binary") String File) {
    }
}
