package dev.teamgate.platform.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts a document's tags in the order a reader needs them. Swagger UI shows the tags in the order
 * of the document's {@code tags} list; springdoc fills it in no useful order. Tags named in
 * {@code first} come first, in that order, then the others alphabetically, then {@code last}.
 */
public final class OpenApiTags {

    private OpenApiTags() {
    }

    public static void order(OpenAPI openApi, List<String> first, List<String> last) {
        Map<String, Tag> known = new LinkedHashMap<>();
        if (openApi.getTags() != null) {
            openApi.getTags().forEach(tag -> known.put(tag.getName(), tag));
        }
        Set<String> used = new java.util.TreeSet<>();
        if (openApi.getPaths() != null) {
            openApi.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
                if (operation.getTags() != null) {
                    used.addAll(operation.getTags());
                }
            }));
        }
        Set<String> ordered = new LinkedHashSet<>();
        first.stream().filter(used::contains).forEach(ordered::add);
        used.stream().filter(name -> !last.contains(name)).forEach(ordered::add);
        last.stream().filter(used::contains).forEach(ordered::add);
        List<Tag> tags = new ArrayList<>();
        ordered.forEach(name -> tags.add(known.getOrDefault(name, new Tag().name(name))));
        openApi.setTags(tags);
    }
}
