package dev.teamgate.platform.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.web.method.HandlerMethod;

/**
 * Success statuses a vendor's handlers decide at run time ({@code ResponseEntity}), which springdoc
 * cannot see and so documents as a plain 200. A vendor declares one bean with its table: handler
 * ({@code Controller#method}, controllers of the vendor's package) → the statuses it answers, each
 * {@code status=description}; {@code -200} removes a 200 the handler never answers. A 4xx gets a JSON body; a 3xx gets a
 * {@code Location} header.
 */
public final class HandlerStatuses implements GlobalOperationCustomizer {

    private final String packageName;
    private final Map<String, List<String>> statuses;

    public HandlerStatuses(Class<?> anyClassOfTheVendor, Map<String, List<String>> statuses) {
        this.packageName = anyClassOfTheVendor.getPackageName();
        this.statuses = Map.copyOf(statuses);
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        List<String> declared = statuses.get(handler.getBeanType().getSimpleName() + "#" + handler.getMethod().getName());
        if (declared == null || !handler.getBeanType().getPackageName().equals(packageName)) {
            return operation;
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        for (String entry : declared) {
            if (entry.startsWith("-")) {
                responses.remove(entry.substring(1));
                continue;
            }
            String status = entry.substring(0, entry.indexOf('='));
            ApiResponse response = new ApiResponse().description(entry.substring(entry.indexOf('=') + 1));
            if (status.startsWith("4")) {
                // A refusal has a body, in the shape the description names.
                response.content(new Content().addMediaType("application/json", new MediaType().schema(new ObjectSchema())));
            }
            if (status.startsWith("3")) {
                response.addHeaderObject("Location", new Header().description("Where to go next").schema(new StringSchema()));
            }
            responses.putIfAbsent(status, response);
        }
        operation.setResponses(responses);
        return operation;
    }
}
