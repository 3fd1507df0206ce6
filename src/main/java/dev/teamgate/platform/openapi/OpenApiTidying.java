package dev.teamgate.platform.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Comparator;
import java.util.Map;

/**
 * Small repairs that keep every generated document valid OpenAPI, whatever a controller's
 * annotations forgot: a parameter declared by name only (common for parameters a vendor reads
 * from query, form or JSON alike) gets a string schema, which is what it is on the wire (and its
 * example becomes text to match); an
 * operation without a summary gets one spelled out from its operation id ("listFlows_1" becomes
 * "List flows"); each operation lists its responses in status order, however its annotations,
 * meta-annotations and the platform's declarations added them.
 */
final class OpenApiTidying {

    private OpenApiTidying() {
    }

    static void fillMissingSummaries(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        for (PathItem item : openApi.getPaths().values()) {
            for (Operation operation : item.readOperations()) {
                if ((operation.getSummary() == null || operation.getSummary().isBlank()) && operation.getOperationId() != null) {
                    operation.setSummary(sentence(operation.getOperationId()));
                }
            }
        }
    }

    /** 200, 202, 400, ... then {@code default}: the order a reader scans a response list in. */
    static void sortResponses(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        Comparator<String> byStatus = Comparator.comparing((String code) -> !code.matches("\\d{3}"))
                .thenComparing(Comparator.naturalOrder());
        for (PathItem item : openApi.getPaths().values()) {
            for (Operation operation : item.readOperations()) {
                if (operation.getResponses() == null) {
                    continue;
                }
                ApiResponses sorted = new ApiResponses();
                operation.getResponses().entrySet().stream().sorted(Map.Entry.comparingByKey(byStatus))
                        .forEach(entry -> sorted.addApiResponse(entry.getKey(), entry.getValue()));
                sorted.setExtensions(operation.getResponses().getExtensions());
                operation.setResponses(sorted);
            }
        }
    }

    /** "listFlows_1" → "List flows"; "getMessageById" → "Get message by id". */
    static String sentence(String operationId) {
        String words = operationId.replaceAll("_\\d+$", "")
                .replaceAll("([a-z0-9])([A-Z])", "$1 $2")
                .replace('_', ' ')
                .toLowerCase(java.util.Locale.ROOT)
                .trim();
        return words.isEmpty() ? operationId : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static void fillMissingParameterSchemas(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        for (PathItem item : openApi.getPaths().values()) {
            for (Operation operation : item.readOperations()) {
                if (operation.getParameters() == null) {
                    continue;
                }
                for (Parameter parameter : operation.getParameters()) {
                    if (parameter.getSchema() == null && parameter.getContent() == null) {
                        parameter.setSchema(new StringSchema());
                        // Parsed without a schema, an example like "false" became a boolean; on the
                        // wire it is text, as the string schema now says.
                        if (parameter.getExample() != null && !(parameter.getExample() instanceof String)) {
                            parameter.setExample(String.valueOf(parameter.getExample()));
                        }
                    }
                }
            }
        }
    }

    /**
     * A tag without a description gets one listing what its operations do (their summaries), so a
     * reader of the tag list sees what is inside without opening it.
     */
    static void describeTags(OpenAPI openApi) {
        if (openApi.getTags() == null || openApi.getPaths() == null) {
            return;
        }
        for (io.swagger.v3.oas.models.tags.Tag tag : openApi.getTags()) {
            if (tag.getDescription() != null && !tag.getDescription().isBlank()) {
                continue;
            }
            java.util.List<String> summaries = new java.util.ArrayList<>();
            openApi.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
                if (operation.getTags() != null && operation.getTags().contains(tag.getName())
                        && operation.getSummary() != null && !summaries.contains(operation.getSummary())) {
                    summaries.add(operation.getSummary());
                }
            }));
            tag.setDescription(summaries.isEmpty() ? tag.getName() : String.join(" · ", summaries));
        }
    }

    /**
     * The control plane's refusals, declared on every operation that declares none: a 400 problem
     * for bad input (unknown vendor, malformed body, wrong value) and a 401 problem when
     * {@code teamgate.admin.token} is set and the call does not present it.
     */
    static void declareAdminRefusals(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
            io.swagger.v3.oas.models.responses.ApiResponses responses = operation.getResponses() == null
                    ? new io.swagger.v3.oas.models.responses.ApiResponses() : operation.getResponses();
            if (responses.keySet().stream().noneMatch(status -> status.startsWith("4"))) {
                responses.addApiResponse("400", problem("Bad input: an RFC 9457 problem naming what is wrong"));
                responses.addApiResponse("401", problem("The admin token is missing or wrong (only when teamgate.admin.token is set)"));
            }
            operation.setResponses(responses);
        }));
    }

    private static io.swagger.v3.oas.models.responses.ApiResponse problem(String description) {
        return new io.swagger.v3.oas.models.responses.ApiResponse().description(description)
                .content(new io.swagger.v3.oas.models.media.Content().addMediaType("application/problem+json",
                        new io.swagger.v3.oas.models.media.MediaType().schema(new io.swagger.v3.oas.models.media.ObjectSchema())));
    }
}
