package dev.teamgate.flowdock;

import static dev.teamgate.flowdock.FlowdockOpenApiInputs.EXAMPLE_FLOW_TOKEN;
import static dev.teamgate.flowdock.FlowdockOpenApiInputs.MY_FLOW_ID;
import static dev.teamgate.flowdock.FlowdockOpenApiInputs.object;

import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The request bodies of Flowdock's operations: the fields each resource takes (from Flowdock's
 * docs and what the controllers read) and named examples that succeed against the seed when
 * authorized as Mike ({@code deadbeefdeadbeef}) on {@code acme/my-flow}.
 */
final class FlowdockOpenApiExamples {

    private static final Map<String, Map<String, Object>> BODIES = bodiesByOperation();

    private FlowdockOpenApiExamples() {
    }

    /** Named body examples by {@code "METHOD /path"} (without the /flowdock prefix); the first is the default. */
    static Map<String, Map<String, Object>> bodies() {
        return BODIES;
    }

    private static Map<String, Map<String, Object>> bodiesByOperation() {
        Map<String, Map<String, Object>> bodies = new LinkedHashMap<>();
        bodies.put("POST /messages", named(
                "Chat message", object("flow", MY_FLOW_ID, "event", "message", "content", "Hi all!", "tags", List.of("todo")),
                "Status", object("flow", MY_FLOW_ID, "event", "status", "content", "Working on the release"),
                "Integration activity (source's flow_token)", object("flow_token", EXAMPLE_FLOW_TOKEN,
                        "event", "activity", "author", object("name", "CI"), "title", "Build #42 passed",
                        "external_thread_id", "build-42", "thread", object("title", "Build #42",
                                "status", object("color", "green", "value", "passed")))));
        bodies.put("POST /flows/{org}/{flow}/messages", named(
                "Chat message", object("event", "message", "content", "Hi all!"),
                "Status", object("event", "status", "content", "Working on the release")));
        bodies.put("POST /flows/{org}/{flow}/threads/{thread}/messages", named(
                "Reply in the thread", object("event", "message", "content", "A reply in the thread")));
        bodies.put("POST /comments", named(
                "Comment", object("flow", MY_FLOW_ID, "message", 45590, "content", "Looks good")));
        bodies.put("POST /flows/{org}/{flow}/messages/{id}/comments", named(
                "Comment", object("content", "Looks good")));
        bodies.put("PUT /flows/{org}/{flow}/messages/{id}", named(
                "New content", object("content", "Hello again, World"),
                "New tags", object("tags", List.of("todo", "release"))));
        bodies.put("POST /flows/{org}", named("New flow", object("name", "Release planning")));
        bodies.put("PUT /flows/{org}/{flow}", named(
                "Rename", object("name", "My flow"),
                "Open the flow", object("open", true)));
        bodies.put("PUT /users/{id}", named("New nick", object("nick", "Mike")));
        bodies.put("POST /flows/{org}/{flow}/users", named("Add Stevie", object("id", "42")));
        bodies.put("PUT /flows/{org}/{flow}/users/{id}", named(
                "Block", object("disabled", true), "Unblock", object("disabled", false)));
        bodies.put("PUT /organizations/{org}", named("Rename", object("name", "Acme")));
        bodies.put("PUT /private/{id}", named("Open", object("open", true), "Close", object("open", false)));
        bodies.put("POST /private/{id}/messages", named("Private message", object("event", "message", "content", "Hi!")));
        bodies.put("PUT /sources", named("Report a problem", object("error_message", "The build server is unreachable"),
                "Clear the problem", object("error_message", "")));
        bodies.put("POST /flows/{org}/{flow}/sources", named(
                "New source", object("name", "CI server", "external_url", "https://ci.example.com")));
        bodies.put("PUT /flows/{org}/{flow}/sources/{id}", named(
                "Configuration URL", object("configuration_url", "https://ci.example.com/settings"),
                "Clear the problem", object("error_message", "")));
        bodies.put("POST /flows/{org}/{flow}/invitations", named(
                "Invitation", object("email", "new.person@example.com", "message", "Join us in My flow")));
        bodies.put("POST /flows/{org}/{flow}/invitations/import", named(
                "Two addresses", object("list", "ann@example.com, bob@example.com", "message", "Join us")));
        bodies.put("POST /messages/chat/{tokens}", named(
                "Chat message", object("content", "Deployed v1.2", "external_user_name", "deploybot",
                        "tags", List.of("deploy"))));
        bodies.put("POST /messages/team_inbox/{tokens}", named(
                "Inbox item", object("source", "CI", "from_address", "ci@example.com", "subject", "Build passed",
                        "content", "<b>All green</b>", "tags", List.of("ci"))));
        return Map.copyOf(bodies);
    }

    private static Map<String, Object> named(Object... namesAndBodies) {
        Map<String, Object> named = new LinkedHashMap<>();
        for (int i = 0; i < namesAndBodies.length; i += 2) {
            named.put((String) namesAndBodies[i], namesAndBodies[i + 1]);
        }
        return named;
    }

    /** The fields of a body, by the resource the path names. */
    static Schema<?> schema(String path) {
        if (path.equals("/comments") || path.endsWith("/comments")) {
            Schema<?> schema = FlowdockOpenApiInputs.fields(Map.of("content", "the comment, plain text",
                    "flow", "the flow id (POST /comments only)", "tags", "tags"), "content");
            return schema.addProperty("message", new IntegerSchema().description("the parent message's id (POST /comments only)"));
        }
        if (path.contains("/messages")) {
            return message(path);
        }
        if (path.contains("/invitations/import")) {
            return FlowdockOpenApiInputs.fields(Map.of("list", "e-mail addresses separated by commas, spaces or new lines",
                    "message", "a personal note"), "list");
        }
        if (path.contains("/invitations")) {
            return FlowdockOpenApiInputs.fields(Map.of("email", "whom to invite", "message", "a personal note"), "email");
        }
        if (path.contains("/sources") || path.equals("/sources")) {
            return FlowdockOpenApiInputs.fields(Map.of("name", "the source's name (when creating)",
                    "external_url", "where the integration lives (when creating)",
                    "error_message", "a problem to show in the flow; an empty string clears it",
                    "configuration_url", "where to configure the integration"));
        }
        if (path.startsWith("/users")) {
            return FlowdockOpenApiInputs.fields(Map.of("nick", "your nick", "email", "your e-mail address"));
        }
        if (path.contains("/users")) {
            return new ObjectSchema()
                    .addProperty("id", new StringSchema().description("the user to add (POST)"))
                    .addProperty("disabled", new BooleanSchema().description("true blocks the user from the flow (PUT)"));
        }
        if (path.startsWith("/private")) {
            return new ObjectSchema().addProperty("open", new BooleanSchema().description("your tab's state"));
        }
        if (path.startsWith("/organizations")) {
            return FlowdockOpenApiInputs.fields(Map.of("name", "the organization's name"));
        }
        return new ObjectSchema()
                .addProperty("name", new StringSchema().maxLength(FlowsController.MAX_NAME).description("the flow's name"))
                .addProperty("open", new BooleanSchema().description("true joins the flow or opens your tab; false closes it"))
                .addProperty("disabled", new BooleanSchema().description("true archives the flow (admins)"))
                .addProperty("access_mode", new StringSchema()._enum(List.of("invitation", "link", "organization"))
                        .description("who may join (admins)"));
    }

    private static Schema<?> message(String path) {
        boolean flowInBody = path.equals("/messages");
        Schema<?> schema = new ObjectSchema();
        if (flowInBody) {
            schema.addProperty("flow", new StringSchema().description("the flow's id or `org/flow` (users; not with flow_token)"));
            schema.addProperty("flow_token", new StringSchema().description("a source's flow_token, instead of a user"));
        }
        schema.addProperty("event", new StringSchema()._enum(List.of("message", "status", "file", "activity", "discussion"))
                        .description("what is posted"))
                .addProperty("content", new StringSchema().description("the text (message, status); for `file`, "
                        + "`{data: <base64>, content_type, file_name}`"))
                .addProperty("tags", FlowdockOpenApiInputs.tags())
                .addProperty("uuid", new StringSchema().description("a client-side id, echoed back"))
                .addProperty("external_user_name", new StringSchema().description("the name to show for a source's post"))
                .addProperty("thread_id", new StringSchema().description("the thread to post into"))
                .addProperty("external_thread_id", new StringSchema().description("an integration's own thread key"))
                .addProperty("thread", new ObjectSchema().description("thread fields for activity/discussion: title, body, "
                        + "external_url, status{color,value}, fields[], actions[]"))
                .addProperty("title", new StringSchema().description("activity/discussion title"))
                .addProperty("body", new StringSchema().description("activity/discussion body (HTML)"))
                .addProperty("author", new ObjectSchema().description("activity/discussion author: name, avatar, email"));
        // An edit (PUT …/messages/{id}) changes content or tags only; a post names its event.
        return path.endsWith("/messages/{id}") ? schema : schema.required(List.of("event"));
    }
}
