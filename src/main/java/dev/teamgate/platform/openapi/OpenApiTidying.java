package dev.teamgate.platform.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;

/**
 * Small repairs that keep every generated document valid OpenAPI, whatever a controller's
 * annotations forgot: a parameter declared by name only (common for parameters a vendor reads
 * from query, form or JSON alike) gets a string schema, which is what it is on the wire.
 */
final class OpenApiTidying {

    private OpenApiTidying() {
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
                    }
                }
            }
        }
    }
}
