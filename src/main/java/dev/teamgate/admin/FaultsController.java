package dev.teamgate.admin;

import dev.teamgate.domain.NotFoundException;
import dev.teamgate.platform.fault.FaultRule;
import dev.teamgate.platform.fault.FaultRules;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.annotation.JsonDeserialize;

@RestController
@RequestMapping("/_admin/faults")
@Tag(name = "Faults")
@RequiredArgsConstructor
class FaultsController {

    private final FaultRules rules;
    private final ControlPlaneValues values;

    @PutMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a fault rule",
            description = "Matches vendor, method and path (exact or Ant pattern), fires with `probability` or for the "
                    + "next `times` matching requests, then waits `delay` (random up to `delayMax`) and drops the "
                    + "connection (`drop`) or answers `status` with the vendor's error body. Rules apply before "
                    + "authentication and the endpoint; the journal names the rule that fired.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            mediaType = "application/json", examples = @ExampleObject(
                    name = "The next Flowdock post answers 503", value = "{\"vendor\": \"flowdock\", \"method\": \"POST\", \"path\": \"/flowdock/flows/*/*/messages\", \"times\": 1, \"status\": 503, \"message\": \"Service unavailable\"}")))
    FaultView add(@RequestBody FaultRequest request) {
        // A rule for a vendor or method that does not exist would be accepted and never fire.
        FaultRule added = rules.add(new FaultRule(null, values.vendor(request.vendor()),
                values.method(request.method()), request.path(),
                request.probability(), request.times(), request.delay(), request.delayMax(), request.status(),
                request.message(), Boolean.TRUE.equals(request.drop())));
        return new FaultView(added, added.times());
    }

    @GetMapping
    @Operation(summary = "The active fault rules with the firings each has left")
    List<FaultView> list() {
        return rules.list().stream().map(e -> new FaultView(e.getKey(), e.getValue())).toList();
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove every fault rule")
    void clear() {
        rules.clear();
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove one fault rule")
    void remove(@PathVariable String id) {
        if (!rules.remove(id)) {
            throw new NotFoundException("fault", id);
        }
    }

    record FaultRequest(
            @Schema(example = "flowdock") String vendor,
            @Schema(example = "POST") String method,
            @Schema(example = "/flowdock/flows/*/*/messages") String path,
            @Schema(example = "1.0") Double probability,
            @Schema(example = "2") Integer times,
            @Schema(type = "string", example = "500ms", description = "PT0.5S or 500ms")
            @JsonDeserialize(using = FlexibleDuration.class) Duration delay,
            @Schema(type = "string", example = "2s", description = "PT2S or 2s")
            @JsonDeserialize(using = FlexibleDuration.class) Duration delayMax,
            @Schema(example = "503") Integer status,
            String message,
            Boolean drop) {
    }

    record FaultView(FaultRule rule, Integer remaining) {
    }
}
