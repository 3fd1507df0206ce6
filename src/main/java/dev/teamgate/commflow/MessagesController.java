package dev.teamgate.commflow;

import dev.teamgate.domain.conversation.Conversation;
import dev.teamgate.domain.workspace.Workspace;
import dev.teamgate.platform.auth.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/commflow/v1/conversations/{conversationId}/messages")
@Tag(name = "Messages")
@RequiredArgsConstructor
class MessagesController {

    private final MessagesService messages;
    private final ConversationsService conversations;
    private final CommFlowContext context;

    @GetMapping
    @Operation(summary = "List a conversation's messages", description = "Oldest first; order=desc for newest first.")
    @Parameters({
            @Parameter(in = ParameterIn.QUERY, name = "page", description = "Page number, from 1 (default 1)", schema = @Schema(type = "integer")),
            @Parameter(in = ParameterIn.QUERY, name = "per_page", description = "Items per page, 1 to 100 (default 25)", schema = @Schema(type = "integer")),
            @Parameter(in = ParameterIn.QUERY, name = "sort", description = "created_at", schema = @Schema(type = "string")),
            @Parameter(in = ParameterIn.QUERY, name = "order", description = "asc (default) or desc", schema = @Schema(type = "string"))})
    ListResponse<MessageResource> list(@Parameter(hidden = true) Caller caller, @PathVariable String conversationId,
                                       @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params, HttpServletRequest request) {
        CommFlowScopes.require(caller, CommFlowScope.READ_CONVERSATIONS);
        ListQuery query = ListQuery.parse(params, MessagesService.LIST);
        Conversation conversation = conversations.get(context.workspace(caller), conversationId);
        MessagesService.Page page = messages.list(conversation, query);
        return Pages.of(page.content().stream().map(ConversationMapper::toResource).toList(), page.total(), query, request);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Send a message", description = "{\"body\": \"…\", \"type\": \"comment\"}; type is comment "
            + "(default), note or reply.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
            examples = @ExampleObject(value = "{\"body\": \"Hello, how can I help?\", \"type\": \"comment\"}")))
    DataResponse<MessageResource> post(@Parameter(hidden = true) Caller caller, @PathVariable String conversationId, @RequestBody JsonNode body) {
        CommFlowScopes.require(caller, CommFlowScope.WRITE_CONVERSATIONS);
        Workspace workspace = context.workspace(caller);
        Conversation conversation = conversations.get(workspace, conversationId);
        MessagesService.NewMessageInput input = MessagesService.NewMessageInput.parse(RequestFields.of(body));
        return new DataResponse<>(ConversationMapper.toResource(
                messages.post(workspace, conversation, context.user(caller, workspace).orElse(null), input)));
    }
}
