package dev.teamgate.platform.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.teamgate.platform.error.ApiProblem;
import dev.teamgate.platform.error.ProblemKind;
import dev.teamgate.platform.error.RenderedError;
import dev.teamgate.platform.fault.FaultInjector;
import dev.teamgate.platform.vendor.VendorApi;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;

/**
 * Declares the errors every operation of a vendor can answer, once for the whole vendor: the
 * vendor's {@link VendorApi#documentedErrors()} plus the two answers the platform gives for every
 * vendor (the rate limiter's refusal and a 503 from fault injection). Each example is rendered
 * by the vendor's own {@code ErrorRenderer} and written by the application's JSON mapper, exactly
 * as the server writes it, so an example can never drift from the wire. Errors sharing a status
 * (Stackfield answers most result codes with 200) become named examples of one response.
 */
final class VendorErrorResponses {

    /** The message of the fault rule the 503 example shows; {@code docs} tells how to set it up. */
    static final String FAULT_MESSAGE = "Service unavailable";
    static final String RATE_LIMITED = "Rate limited";
    static final String FAULT = "Injected fault (503)";
    /** The gateway's and Spring MVC's refusals of a body: only operations that take one declare them. */
    static final String TOO_LARGE = "Body too large";
    static final String UNSUPPORTED = "Unsupported content type";
    static final String JSON = "application/json";

    private VendorErrorResponses() {
    }

    /** Every documented error of the vendor, rendered, by example name, in the order the document lists them. */
    static Map<String, RenderedError> rendered(VendorApi vendor, long maxBodyBytes) {
        Map<String, RenderedError> errors = new LinkedHashMap<>();
        vendor.documentedErrors().forEach((name, problem) -> errors.put(name, vendor.errorRenderer().render(problem)));
        errors.put(RATE_LIMITED, vendor.errorRenderer().render(rateLimited()));
        errors.put(TOO_LARGE, vendor.errorRenderer().render(ApiProblem.of(ProblemKind.PAYLOAD_TOO_LARGE,
                "The request body is larger than " + maxBodyBytes + " bytes")));
        errors.put(UNSUPPORTED, vendor.errorRenderer().render(ApiProblem.of(ProblemKind.UNSUPPORTED_MEDIA_TYPE,
                "Content type text/plain is not supported here.")));
        errors.put(FAULT, FaultInjector.render(vendor, 503, FAULT_MESSAGE));
        return errors;
    }

    /** The gateway's refusal when the bucket is empty and a token comes back in a second. */
    static ApiProblem rateLimited() {
        return ApiProblem.of(ProblemKind.RATE_LIMITED, "Rate limit exceeded").withRetryAfter(Duration.ofSeconds(1));
    }

    /** {@code maxBodyBytes}: the configured {@code teamgate.http.max-body-size}, as the 413 example says it. */
    static void declare(OpenAPI openApi, VendorApi vendor, ObjectMapper json, long maxBodyBytes) {
        if (openApi.getPaths() == null) {
            return;
        }
        Map<String, RenderedError> errors = rendered(vendor, maxBodyBytes);
        for (PathItem item : openApi.getPaths().values()) {
            item.readOperationsMap().forEach((method, operation) -> errors.forEach((name, error) -> {
                boolean bodyError = name.equals(TOO_LARGE) || name.equals(UNSUPPORTED);
                if (!(isCredentialError(vendor, name) && takesNoCredentials(operation))
                        && !(bodyError && !takesABody(method))) {
                    declare(operation, name, error, json);
                }
            }));
        }
    }

    /** A refusal of the caller's credentials: not declared where an operation takes none. */
    private static boolean isCredentialError(VendorApi vendor, String name) {
        ApiProblem problem = vendor.documentedErrors().get(name);
        return problem != null
                && (problem.kind() == ProblemKind.UNAUTHENTICATED || problem.kind() == ProblemKind.FORBIDDEN);
    }

    private static boolean takesABody(PathItem.HttpMethod method) {
        return method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH;
    }

    /** An operation with an explicitly empty {@code security} list (a token in the path, an OAuth endpoint). */
    private static boolean takesNoCredentials(Operation operation) {
        return operation.getSecurity() != null && operation.getSecurity().isEmpty();
    }

    private static void declare(Operation operation, String name, RenderedError error, ObjectMapper json) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        String status = String.valueOf(error.status());
        ApiResponse response = operation.getResponses().computeIfAbsent(status, s -> new ApiResponse()
                .description(reason(error.status())));
        if (response.getContent() == null) {
            response.setContent(new Content());
        }
        // A response the controller declared already (Stackfield's 200) keeps its media type.
        String type = response.getContent().containsKey(JSON) || response.getContent().isEmpty()
                ? JSON : response.getContent().keySet().iterator().next();
        MediaType media = response.getContent().computeIfAbsent(type, m -> new MediaType());
        if (media.getExample() == null) {
            media.addExamples(exampleKey(name), new Example().summary(name).value(body(error, json)));
        }
        error.headers().forEach((header, value) -> {
            if (response.getHeaders() == null || !response.getHeaders().containsKey(header)) {
                response.addHeaderObject(header, new Header().schema(new StringSchema().example(value)));
            }
        });
    }

    /** The body as the server writes it (the application's mapper), as a tree the document writer keeps verbatim. */
    static JsonNode body(RenderedError error, ObjectMapper json) {
        try {
            return Json.mapper().readTree(json.writeValueAsString(error.body()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("An error body that is not JSON: " + error.body(), e);
        }
    }

    private static String reason(int status) {
        org.springframework.http.HttpStatus known = org.springframework.http.HttpStatus.resolve(status);
        return known == null ? String.valueOf(status) : known.getReasonPhrase();
    }

    /** "Injected fault (503)" → "injected-fault-503": a stable key for Swagger UI's example picker. */
    static String exampleKey(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
