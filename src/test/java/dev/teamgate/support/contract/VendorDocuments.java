package dev.teamgate.support.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.interaction.ApiOperationResolver;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The vendors' published OpenAPI documents, fetched from the running server once per JVM (the first
 * server a test starts answers for all: every context serves the same documents), each turned into a
 * response validator and an operation resolver.
 */
final class VendorDocuments {

    /** One vendor's document, ready to check responses against. */
    record Document(String group, OpenAPI api, ApiOperationResolver operations, OpenApiInteractionValidator validator) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final Map<String, Document> documents = new ConcurrentHashMap<>();
    private volatile Set<String> vendorGroups;

    /** The group names Swagger UI lists, less the control plane's: the vendors' (testvendor included in tests). */
    Set<String> vendorGroups(int port) {
        Set<String> groups = vendorGroups;
        if (groups == null) {
            synchronized (this) {
                if (vendorGroups == null) {
                    String config;
                    try {
                        config = get(port, "/v3/api-docs/swagger-config");
                    } catch (RuntimeException e) {
                        return Set.of(); // a vendor's native port serves no documents: ask the main port later
                    }
                    Set<String> found = new LinkedHashSet<>();
                    for (JsonNode url : JSON.readTree(config).path("urls")) {
                        String address = url.path("url").asString();
                        String name = address.substring(address.lastIndexOf('/') + 1);
                        if (!name.equals("admin")) {
                            found.add(name);
                        }
                    }
                    vendorGroups = Set.copyOf(found);
                }
                groups = vendorGroups;
            }
        }
        return groups;
    }

    java.util.Collection<Document> loaded() {
        return documents.values();
    }

    Document document(int port, String group) {
        return documents.computeIfAbsent(group, name -> load(port, name));
    }

    /** The document as served, less its {@code servers} (they name the random port of the first server). */
    static String published(int port, String group) {
        ObjectNode document = (ObjectNode) JSON.readTree(get(port, "/v3/api-docs/" + group));
        document.remove("servers");
        return document.toPrettyString();
    }

    private static Document load(int port, String group) {
        String json = published(port, group);
        OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForInlineApiSpecification(json)
                .withLevelResolver(LevelResolver.create().withDefaultLevel(ValidationReport.Level.ERROR).build())
                .build();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        OpenAPI api = new OpenAPIV3Parser().readContents(json, null, options).getOpenAPI();
        return new Document(group, api, new ApiOperationResolver(api, null, true), validator);
    }

    private static String get(int port, String path) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
