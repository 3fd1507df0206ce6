package dev.teamgate.flowdock;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Turns the generated Flowdock document into one a reader can use: each operation listed once
 * (the {@code /v1} alias, the PATCH twins of PUT and the {@code /source/} spelling stay served
 * but are not listed again), tagged by resource in the order Flowdock's own docs go, with the
 * query parameters and request bodies that the controllers read through {@link FlowdockParams}
 * (which springdoc cannot see).
 */
final class FlowdockOpenApi implements OpenApiCustomizer {

    /** Tags in the order a reader needs them, with Flowdock's own one-line descriptions. */
    private static final Map<String, String> TAGS = tags();

    private static final String PUSH = "Push API (deprecated)";
    private static final String API = FlowdockPaths.PREFIX;
    private static final String V1 = FlowdockPaths.V1;

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.setPaths(listedOnce(openApi.getPaths()));
        openApi.getPaths().forEach((path, item) -> {
            item.readOperationsMap().forEach((method, operation) -> {
                operation.setTags(List.of(tagOf(path)));
                if (tagOf(path).equals(PUSH)) {
                    operation.setSecurity(List.of()); // the flow tokens are in the path
                }
                String route = path.startsWith(V1 + "/") ? path.substring(V1.length()) : path.substring(API.length());
                FlowdockOpenApiInputs.describe(method, route, operation);
            });
        });
        java.util.Set<String> used = new java.util.HashSet<>();
        openApi.getPaths().values().forEach(item -> item.readOperations().forEach(o -> used.addAll(o.getTags())));
        List<Tag> tags = new ArrayList<>();
        TAGS.forEach((name, description) -> {
            if (used.contains(name)) {
                tags.add(new Tag().name(name).description(description));
            }
        });
        openApi.setTags(tags);
    }

    /**
     * The paths to list: the push API under {@code /v1} (where its docs put it), everything else
     * without it; no {@code /source/} spelling; PUT without its PATCH twin.
     */
    static Paths listedOnce(Paths all) {
        Paths listed = new Paths();
        all.forEach((path, item) -> {
            if (!isListed(path)) {
                return;
            }
            if (item.getPut() != null && item.getPatch() != null) {
                item.setPatch(null);
            }
            listed.addPathItem(path, item);
        });
        return listed;
    }

    static boolean isListed(String path) {
        boolean v1 = path.startsWith(V1 + "/");
        boolean push = path.startsWith((v1 ? V1 : API) + "/messages/chat/")
                || path.startsWith((v1 ? V1 : API) + "/messages/team_inbox/");
        return push == v1 && !path.contains("/source/");
    }

    /** The resource an operation belongs to, from its path (so new endpoints are tagged too). */
    static String tagOf(String fullPath) {
        String path = fullPath.startsWith(V1 + "/") ? fullPath.substring(V1.length())
                : fullPath.substring(API.length());
        if (path.startsWith("/stream/")) {
            return "Streaming";
        }
        if (path.startsWith("/messages/chat/") || path.startsWith("/messages/team_inbox/")) {
            return PUSH;
        }
        if (path.startsWith("/oauth")) {
            return "OAuth";
        }
        if (path.startsWith("/private")) {
            return "Private conversations";
        }
        if (path.startsWith("/files/")) {
            return "Files";
        }
        if (path.contains("/sources")) {
            return "Sources";
        }
        if (path.contains("/invitations")) {
            return "Invitations";
        }
        if (path.contains("/threads")) {
            return "Threads";
        }
        if (path.contains("/messages") || path.startsWith("/comments")) {
            return "Messages";
        }
        if (path.contains("/users")) {
            return "Users";
        }
        if (path.startsWith("/organizations")) {
            return "Organizations";
        }
        return "Flows";
    }

    private static Map<String, String> tags() {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("Flows", "Flows are the team's rooms. `org` and `flow` in paths are parameterized names "
                + "(the seed has `acme/my-flow`).");
        tags.put("Messages", "Chat messages, statuses, comments, files and integration activities. Both JSON "
                + "and form bodies are accepted.");
        tags.put("Threads", "Threads group a message and its replies, or an integration's activities about one "
                + "external item.");
        tags.put("Private conversations", "One-to-one conversations; a conversation's id is the other user's id.");
        tags.put("Users", "Users of the API token's organizations and flows.");
        tags.put("Organizations", "The organizations the user belongs to.");
        tags.put("Invitations", "Invitations to join a flow by e-mail.");
        tags.put("Sources", "Integrations that post into a flow with a `flow_token` instead of a user.");
        tags.put("Files", "Files posted to flows.");
        tags.put("Streaming", "Long-lived event streams of flows and private messages (use curl; Swagger UI "
                + "waits for the end of the response).");
        tags.put(PUSH, "Flowdock's older API: post with a flow token in the path, no user.");
        tags.put("OAuth", "OAuth 2.0 authorization for applications.");
        return tags;
    }
}
