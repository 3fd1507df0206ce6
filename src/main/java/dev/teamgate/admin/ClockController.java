package dev.teamgate.admin;

import dev.teamgate.platform.clock.TeamgateClock;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.time.Instant;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The Teamgate clock: rate-limit windows, computed day keys, absence dates, token expiry and
 * webhook retries all read it, so a test can freeze time or jump ahead instead of sleeping.
 */
@RestController
@RequestMapping("/_admin/clock")
@Tag(name = "Clock")
@RequiredArgsConstructor
class ClockController {

    private final TeamgateClock clock;

    @GetMapping
    @Operation(summary = "The current Teamgate time and whether it is frozen")
    ClockState get() {
        return new ClockState(clock.instant(), clock.isFrozen());
    }

    @PutMapping
    @Operation(summary = "Freeze the clock at an instant and/or move it",
            description = "`{\"frozenAt\":\"2026-01-15T10:30:00Z\"}` stops time there; "
                    + "`{\"advance\":\"PT1H\"}` (or `\"1h\"`) moves it forward (frozen or running); both together freeze, then move.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            mediaType = "application/json", examples = @ExampleObject(
                    name = "Move one hour ahead", value = "{\"advance\": \"1h\"}")))
    ClockState set(@RequestBody ClockChange change) {
        if (change.frozenAt() == null && change.advance() == null) {
            throw new dev.teamgate.domain.InvalidInputException("frozenAt", "give frozenAt, advance, or both");
        }
        if (change.frozenAt() != null) {
            clock.freeze(change.frozenAt());
        }
        if (change.advance() != null) {
            clock.advance(change.advance());
        }
        return get();
    }

    @DeleteMapping
    @Operation(summary = "Back to real time")
    ClockState reset() {
        clock.reset();
        return get();
    }

    record ClockChange(
            @Schema(example = "2026-01-15T10:30:00Z") Instant frozenAt,
            @Schema(type = "string", example = "1h", description = "PT1H or 1h")
            @JsonDeserialize(using = FlexibleDuration.class) Duration advance) {
    }

    record ClockState(Instant now, boolean frozen) {
    }
}
