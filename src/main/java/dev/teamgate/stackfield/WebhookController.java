package dev.teamgate.stackfield;

import dev.teamgate.platform.auth.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import lombok.RequiredArgsConstructor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code POST /apiwh/{webhook-id}}, the whole of Stackfield's incoming API. The webhook's kind
 * decides what the body is: multipart with a {@code File} part for file webhooks, JSON for all
 * others. Every outcome is a {@link WebhookResult}.
 */
@RestController
@Tag(name = "WebHooks")
@RequiredArgsConstructor
class WebhookController {

    private final WebhookGate gate;
    private final JsonBodyReader bodies;
    private final ObjectMapper json;
    private final DoubleRequestGuard guard;
    private final RoomContentService content;
    private final WebhookCommands commands;
    private final FileUploads files;

    @PostMapping(StackfieldConfiguration.PREFIX + "/apiwh/{webhookId}")
    @Operation(summary = "Send data to a webhook URL",
            description = "Chat `{Title}`; Discussion and Page `{Title, Content}`; Task `{Title, Content, DateStart, "
                    + "DateEnd, Users}`; Event `{Title, Content, DateStart, DateEnd, Users}` (dates `yyyy-MM-dd HH:mm`); "
                    + "File: multipart part `File`; organization and room-settings webhooks: `{Command, …}` with "
                    + "CreateUser, RemoveUser, DeactivateUser, CreateRoom, ArchiveRoom, GrantRoomAccess, "
                    + "RevokeRoomAccess. Always HTTP 200 with `{\"Result\":\"ok\"}` or a result code.",
            responses = @ApiResponse(responseCode = "200", description = "OK, or a result code",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = WebhookResult.class),
                            examples = @ExampleObject(name = "Done", value = "{\"Result\": \"ok\"}"))),
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = WebhookBody.class), examples = {
                                    @ExampleObject(name = "Chat", summary = "Chat webhook: the message",
                                            value = "{\"Title\": \"Hello World!\"}"),
                                    @ExampleObject(name = "Discussion or page", summary = "Discussion and page webhooks",
                                            value = "{\"Title\": \"That's a title!\", \"Content\": \"Look at that description!\"}"),
                                    @ExampleObject(name = "Task", summary = "Task webhook (Users: e-mail addresses of room members)",
                                            value = "{\"Title\": \"That's a title!\", \"Content\": \"Look at that description!\", \"DateStart\": \"2019-07-08 22:00\", \"Users\": [\"user1@demo.de\"]}"),
                                    @ExampleObject(name = "Event", summary = "Event webhook",
                                            value = "{\"Title\": \"That's a title!\", \"Content\": \"Look at that description!\", \"DateStart\": \"2019-07-08 22:00\", \"DateEnd\": \"2019-07-08 23:00\", \"Users\": [\"user1@demo.de\"]}"),
                                    @ExampleObject(name = "CreateUser", summary = "Organization webhook: invite a user",
                                            value = "{\"Command\": \"CreateUser\", \"Email\": \"apiTester01@webhook.de\", \"DisplayName\": \"Api Tester01\", \"OrgRoleId\": 2}"),
                                    @ExampleObject(name = "RemoveUser", summary = "Organization webhook: remove a user",
                                            value = "{\"Command\": \"RemoveUser\", \"Email\": \"apiTester01@webhook.de\"}"),
                                    @ExampleObject(name = "DeactivateUser", summary = "Organization webhook: deactivate a user",
                                            value = "{\"Command\": \"DeactivateUser\", \"Email\": \"apiTester01@webhook.de\"}"),
                                    @ExampleObject(name = "CreateRoom", summary = "Organization webhook: create a room",
                                            value = "{\"Command\": \"CreateRoom\", \"Name\": \"Webhook room\", \"Description\": \"Made by a webhook\", \"Users\": [{\"Email\": \"remtester@mail.de\", \"GroupId\": 2, \"IsAdmin\": \"true\"}]}"),
                                    @ExampleObject(name = "ArchiveRoom", summary = "Room-settings webhook: archive its room",
                                            value = "{\"Command\": \"ArchiveRoom\"}"),
                                    @ExampleObject(name = "GrantRoomAccess", summary = "Room-settings webhook: add members",
                                            value = "{\"Command\": \"GrantRoomAccess\", \"Users\": [{\"Email\": \"remtester@mail.de\", \"GroupId\": 2, \"IsAdmin\": \"true\"}]}"),
                                    @ExampleObject(name = "RevokeRoomAccess", summary = "Room-settings webhook: remove members",
                                            value = "{\"Command\": \"RevokeRoomAccess\", \"Users\": [\"remtester@mail.de\"]}")}),
                    @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                            schema = @Schema(implementation = WebhookBody.FileForm.class))}))
    ResponseEntity<WebhookResult> receive(@Parameter(hidden = true) Caller caller,
                                          @Parameter(description = "the webhook's UUID", example = "e5a1cfbd-970e-45a1-b81c-3e004f9bdab5")
                                          @PathVariable String webhookId,
                                          HttpServletRequest request) {
        WebhookTarget target = gate.admit(caller);
        WebhookResult result = target.kind() == WebhookKind.FILE ? files.upload(target, request) : jsonWebhook(target, request);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(result);
    }

    private WebhookResult jsonWebhook(WebhookTarget target, HttpServletRequest request) {
        byte[] body = bodies.read(request);
        WebhookPayload payload = WebhookPayload.parse(body, json);
        DoubleRequestGuard.Claim claim = guard.claim(target.credentialId(), Digests.sha256Hex(body));
        try {
            return target.kind().createsContent() ? content.post(target, payload) : commands.run(target, payload);
        } catch (RuntimeException refused) {
            guard.release(claim);
            throw refused;
        }
    }
}
