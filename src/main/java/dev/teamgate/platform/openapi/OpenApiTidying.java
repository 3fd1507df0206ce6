package dev.teamgate.platform.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;

/**
 * Small repairs that keep every generated document valid OpenAPI, whatever a controller's
 * annotations forgot: a parameter declared by name only (common for parameters a vendor reads
 * from query, form or JSON alike) gets a string schema, which is what it is on the wire (and its
 * example becomes text to match); an
 * operation without a summary gets one spelled out from its operation id ("listFlows_1" becomes
 * "List flows").
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
}
