package dev.teamgate.flowdock;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What Flowdock's operations read from the query and the body, for the OpenAPI document: the
 * controllers take their input through {@link FlowdockParams} (query, form or JSON alike), which
 * springdoc cannot see. Every body is offered as JSON and as a form, with examples that work
 * against the seed (Mike's token {@code deadbeefdeadbeef}, flow {@code acme/my-flow}).
 */
final class FlowdockOpenApiInputs {

    static final String MY_FLOW_ID = "deadbeefdeadbeef";
    static final String EXAMPLE_FLOW_TOKEN = "3e2252e2e164d70ebbc5c59b9db629c8";
    private static final String PUSH_TOKEN = "c0ffeec0ffeec0ffeec0ffeec0ffee01";

    private static final Map<String, Object> PATH_EXAMPLES = Map.of("org", "acme", "organization", "acme",
            "flow", "my-flow", "tokens", PUSH_TOKEN);

    private FlowdockOpenApiInputs() {
    }

    /** Adds the query parameters and body of one operation; {@code path} is without the /flowdock prefix. */
    static void describe(HttpMethod method, String path, Operation operation) {
        if (operation.getParameters() != null) {
            operation.getParameters().stream().filter(p -> "path".equals(p.getIn()) && p.getExample() == null)
                    .forEach(p -> p.setExample(PATH_EXAMPLES.get(p.getName())));
        }
        String key = method + " " + path;
        queryParameters(key).forEach(operation::addParametersItem);
        Map<String, Object> examples = FlowdockOpenApiExamples.bodies().get(key);
        if (examples != null) {
            operation.setRequestBody(body(schemaFor(path), examples));
        }
    }

    private static List<Parameter> queryParameters(String key) {
        return switch (key) {
            case "GET /flows", "GET /flows/all", "GET /flows/{org}" -> List.of(
                    query("users", new BooleanSchema(), "true embeds each flow's users", null));
            case "GET /flows/find", "GET /organizations/find" -> List.of(
                    query("id", new StringSchema(), "the opaque id", key.contains("flows") ? MY_FLOW_ID : null)
                            .required(true));
            case "GET /flows/{org}/{flow}/messages", "GET /flows/{org}/{flow}/threads/{thread}/messages",
                 "GET /private/{id}/messages" -> messageFilters();
            case "GET /flows/{org}/{flow}/threads" -> List.of(
                    query("since", new StringSchema(), "threads updated at or after this ISO-8601 instant", null),
                    query("until", new StringSchema(), "threads updated before this ISO-8601 instant", null),
                    query("application", new StringSchema(), "an application id, `chat` or `inbox`", null),
                    query("empty", new BooleanSchema(), "true lists threads without messages too", null));
            case "GET /stream/flows" -> List.of(
                    query("filter", new StringSchema(), "comma-separated flows: `org/flow` or ids", "acme/my-flow"),
                    query("user", new BooleanSchema(), "true streams private messages too", null),
                    query("active", new StringSchema()._enum(List.of("true", "idle")), "your presence", null));
            case "GET /stream/flows/{org}/{flow}" -> List.of(
                    query("active", new StringSchema()._enum(List.of("true", "idle")), "your presence", null));
            default -> List.of();
        };
    }

    private static List<Parameter> messageFilters() {
        return List.of(
                query("event", new StringSchema(), "comma-separated events, e.g. `message,comment`", null),
                query("limit", new IntegerSchema().minimum(java.math.BigDecimal.ONE)
                        .maximum(java.math.BigDecimal.valueOf(100)), "how many (default 30)", null),
                query("sort", new StringSchema()._enum(List.of("desc", "asc")), "desc: the newest, asc: the oldest", null),
                query("since_id", new IntegerSchema(), "only messages after this id", null),
                query("until_id", new IntegerSchema(), "only messages before this id", null),
                query("tags", new StringSchema(), "comma-separated tags", null),
                query("tag_mode", new StringSchema()._enum(List.of("and", "or")), "all tags or any (default and)", null),
                query("search", new StringSchema(), "words the content must contain", null),
                query("skip", new IntegerSchema(), "search results to skip", null));
    }

    private static Parameter query(String name, Schema<?> schema, String description, Object example) {
        return new Parameter().in("query").name(name).schema(schema).description(description).example(example);
    }

    @SuppressWarnings("unchecked")
    private static RequestBody body(Schema<?> schema, Map<String, Object> examples) {
        MediaType json = new MediaType().schema(schema);
        examples.forEach((name, value) -> json.addExamples(exampleKey(name), new Example().summary(name).value(value)));
        // A form takes the first example, as the media type's example and as its fields' own examples,
        // which is where Swagger UI fills form fields from.
        Map<String, Object> first = (Map<String, Object>) examples.values().iterator().next();
        Schema<?> formSchema = new ObjectSchema().required(schema.getRequired());
        schema.getProperties().forEach((name, property) -> {
            Object value = first.get(name);
            boolean scalar = value instanceof String || value instanceof Number || value instanceof Boolean;
            formSchema.addProperty(name, scalar ? copyWithExample(property, value) : property);
        });
        MediaType form = new MediaType().schema(formSchema).example(first);
        // Not required: every field may come in the query string instead (FlowdockParams reads both).
        return new RequestBody().required(false).content(new Content()
                .addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE, json)
                .addMediaType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED_VALUE, form));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Schema<?> copyWithExample(Schema property, Object value) {
        Schema copy = new Schema().type(property.getType()).types(property.getTypes())
                .description(property.getDescription()).maxLength(property.getMaxLength());
        copy.setEnum(property.getEnum());
        copy.setExample(value);
        return copy;
    }

    static String exampleKey(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** The fields an endpoint reads, from the resource its path names. */
    private static Schema<?> schemaFor(String path) {
        if (path.startsWith("/messages/chat/")) {
            return fields(Map.of("content", "the message (at most 8096 characters)",
                    "external_user_name", "who posts: no spaces, at most 16 characters", "tags", "tags",
                    "thread_id", "a thread to post into", "message_id", "a message to reply to"),
                    "content", "external_user_name");
        }
        if (path.startsWith("/messages/team_inbox/")) {
            return fields(Map.of("source", "the application's name", "from_address", "the sender's e-mail address",
                    "subject", "the subject", "content", "HTML content", "from_name", "the sender's name",
                    "reply_to", "a reply-to address", "project", "a project name", "tags", "tags",
                    "link", "a link to the item"), "source", "from_address", "subject", "content");
        }
        return FlowdockOpenApiExamples.schema(path);
    }

    static Schema<?> fields(Map<String, String> descriptions, String... required) {
        Schema<?> schema = new ObjectSchema();
        new java.util.TreeMap<>(descriptions).forEach((name, description) -> schema.addProperty(name,
                name.equals("tags") ? tags() : new StringSchema().description(description)));
        if (required.length > 0) {
            schema.required(List.of(required));
        }
        return schema;
    }

    /** Tags are an array of strings or one comma-separated string: no single JSON type. */
    static Schema<?> tags() {
        return new Schema<>().description("tags: an array of strings, or one comma-separated string");
    }

    /** An ordered map from alternating keys and values, for examples. */
    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
