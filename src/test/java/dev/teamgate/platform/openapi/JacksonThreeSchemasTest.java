package dev.teamgate.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

class JacksonThreeSchemasTest {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Resource(String createdAt, long totalCount, JsonNode customFields) {
    }

    public record Plain(String createdAt) {
    }

    @Test
    @SuppressWarnings("rawtypes")
    void propertiesAreNamedAsJacksonThreeWritesThemAndJsonNodeIsFreeForm() {
        ModelConverters converters = new ModelConverters();
        converters.addConverter(new JacksonThreeSchemas());

        Map<String, Schema> schemas = converters.readAll(Resource.class);
        Map<String, Schema> plain = converters.readAll(Plain.class);

        assertThat(schemas.get("Resource").getProperties()).containsOnlyKeys("created_at", "total_count", "custom_fields");
        assertThat(schemas).doesNotContainKey("JsonNode");
        Schema customFields = (Schema) schemas.get("Resource").getProperties().get("custom_fields");
        assertThat(customFields.getAdditionalProperties()).isEqualTo(true);
        assertThat(plain.get("Plain").getProperties()).containsOnlyKeys("createdAt");
    }
}
