package dev.teamgate.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
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

    @Test
    void responsesAreListedInStatusOrderWithDefaultLast() {
        ApiResponse notFound = new ApiResponse().description("Unknown profile");
        ApiResponses responses = new ApiResponses()
                .addApiResponse("200", new ApiResponse().description("OK"))
                .addApiResponse("404", notFound)
                .addApiResponse("default", new ApiResponse().description("Anything else"))
                .addApiResponse("202", new ApiResponse().description("Accepted"))
                .addApiResponse("400", new ApiResponse().description("Bad"));
        Operation operation = new Operation().operationId("posts").responses(responses);
        OpenAPI api = new OpenAPI().paths(new Paths().addPathItem("/posts", new PathItem().get(operation)));

        OpenApiTidying.sortResponses(api);

        assertThat(operation.getResponses().keySet()).containsExactly("200", "202", "400", "404", "default");
        assertThat(operation.getResponses().get("404")).isSameAs(notFound);
    }
}
