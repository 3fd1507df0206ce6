package dev.teamgate.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenApiTidyingTest {

    @Test
    void operationIdsBecomeSentences() {
        assertThat(OpenApiTidying.sentence("listFlows_1")).isEqualTo("List flows");
        assertThat(OpenApiTidying.sentence("getMessageById")).isEqualTo("Get message by id");
        assertThat(OpenApiTidying.sentence("ping")).isEqualTo("Ping");
    }

    @Test
    void onlyMissingSummariesAndSchemasAreFilled() {
        Operation bare = new Operation().operationId("postComment_2")
                .parameters(List.of(new Parameter().name("flow_token").in("query")));
        Operation described = new Operation().operationId("x").summary("Kept as written");
        OpenAPI api = new OpenAPI().paths(new Paths()
                .addPathItem("/a", new PathItem().post(bare))
                .addPathItem("/b", new PathItem().get(described)));

        OpenApiTidying.fillMissingSummaries(api);
        OpenApiTidying.fillMissingParameterSchemas(api);

        assertThat(bare.getSummary()).isEqualTo("Post comment");
        assertThat(bare.getParameters().get(0).getSchema().getType()).isEqualTo("string");
        assertThat(described.getSummary()).isEqualTo("Kept as written");
    }

    @Test
    void anExampleParsedAsAnotherTypeBecomesTextWithTheStringSchema() {
        Parameter dnd = new Parameter().name("dnd").in("query").example(false);
        OpenAPI api = new OpenAPI().paths(new Paths()
                .addPathItem("/a", new PathItem().get(new Operation().operationId("x").parameters(List.of(dnd)))));

        OpenApiTidying.fillMissingParameterSchemas(api);

        assertThat(dnd.getExample()).isEqualTo("false");
    }
}
