package dev.teamgate.platform.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.teamgate.support.ServerTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The vendors' OpenAPI documents committed under {@code src/test/resources/openapi/} are what the build
 * generates the Java clients from (openapi-generator-maven-plugin, before the tests compile). They must
 * be exactly what the server serves, or the generated clients test a stale contract. After changing a
 * controller's annotations or a wire record, rewrite them:
 * {@code ./mvnw -B -o test -Dtest=PublishedDocumentsServerTest -Dteamgate.openapi.write=true}.
 */
class PublishedDocumentsServerTest extends ServerTest {

    static final List<String> VENDORS = List.of("teamfluence", "talktome", "stackfield", "commflow", "flowdock");
    static final Path FOLDER = Path.of("src", "test", "resources", "openapi");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theCommittedDocumentsAreWhatTheServerServes() throws IOException {
        boolean write = Boolean.getBoolean("teamgate.openapi.write");
        for (String vendor : VENDORS) {
            String served = committedForm(given().get("/v3/api-docs/" + vendor).then().statusCode(200).extract().asString());
            Path file = FOLDER.resolve(vendor + ".json");
            if (write) {
                Files.createDirectories(FOLDER);
                Files.writeString(file, served + "\n");
            }
            assertThat(file).as("run this test with -Dteamgate.openapi.write=true to write it").exists();
            assertThat(comparable(Files.readString(file)))
                    .as(file + " differs from /v3/api-docs/" + vendor
                            + ": rewrite it with -Dtest=PublishedDocumentsServerTest -Dteamgate.openapi.write=true")
                    .isEqualTo(comparable(served));
        }
    }

    /** As served, less {@code servers} (the test server's random port), pretty-printed. */
    static String committedForm(String document) {
        ObjectNode tree = (ObjectNode) JSON.readTree(document);
        tree.remove("servers");
        return tree.toPrettyString();
    }

    /** The build version aside (it changes with every release, the contract does not). */
    static String comparable(String document) {
        ObjectNode tree = (ObjectNode) JSON.readTree(document);
        ((ObjectNode) tree.path("info")).remove("version");
        return tree.toPrettyString();
    }
}
