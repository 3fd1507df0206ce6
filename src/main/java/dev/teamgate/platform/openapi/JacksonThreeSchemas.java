package dev.teamgate.platform.openapi;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * Makes the schemas say what Jackson 3 writes. springdoc describes types with swagger-core, which reads
 * Jackson 2's annotations only: a record's Jackson 3 {@code @JsonNaming} (CommFlow's snake_case
 * resources) was ignored, so the documents named {@code createdAt} where the wire says
 * {@code created_at}, and a Jackson 3 {@code JsonNode} was described bean by bean (its getters) instead
 * of as the free-form JSON it is.
 */
final class JacksonThreeSchemas implements ModelConverter {

    @Override
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
        if (JsonNode.class.isAssignableFrom(raw)) {
            return new ObjectSchema().additionalProperties(true).description("Free-form JSON object");
        }
        Schema schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        JsonNaming naming = raw.getAnnotation(JsonNaming.class);
        if (schema != null && naming != null && PropertyNamingStrategies.NamingBase.class.isAssignableFrom(naming.value())) {
            rename(schema, strategy(naming));
            if (schema.get$ref() != null && context.getDefinedModels() != null) {
                Schema defined = context.getDefinedModels().get(schema.get$ref().replace("#/components/schemas/", ""));
                if (defined != null) {
                    rename(defined, strategy(naming));
                }
            }
        }
        return schema;
    }

    private static PropertyNamingStrategies.NamingBase strategy(JsonNaming naming) {
        try {
            return (PropertyNamingStrategies.NamingBase) naming.value().getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make " + naming.value(), e);
        }
    }

    /** Renames the schema's properties (and its required list) as the strategy names them on the wire. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void rename(Schema schema, PropertyNamingStrategies.NamingBase strategy) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        Map<String, Schema> renamed = new LinkedHashMap<>();
        properties.forEach((name, property) -> renamed.put(strategy.nameForField(null, null, name), property));
        schema.setProperties(renamed);
        List<String> required = schema.getRequired();
        if (required != null) {
            List<String> names = new ArrayList<>();
            required.forEach(name -> names.add(strategy.nameForField(null, null, name)));
            schema.setRequired(names);
        }
    }
}
