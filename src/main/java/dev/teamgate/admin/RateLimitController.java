package dev.teamgate.admin;

import dev.teamgate.domain.InvalidInputException;
import dev.teamgate.domain.NotFoundException;
import dev.teamgate.platform.ratelimit.RateLimitSettings;
import dev.teamgate.platform.ratelimit.RateLimiter;
import dev.teamgate.platform.vendor.VendorApi;
import dev.teamgate.platform.vendor.VendorRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.annotation.JsonDeserialize;

@RestController
@RequestMapping("/_admin/rate-limits")
@Tag(name = "Rate limits")
@RequiredArgsConstructor
class RateLimitController {

    private final VendorRegistry vendors;
    private final RateLimiter limiter;

    @GetMapping
    @Operation(summary = "Every vendor's rate-limit policy and its live buckets")
    List<VendorLimits> list() {
        return vendors.all().stream().map(this::limits).toList();
    }

    @PutMapping("/{vendor}")
    @Operation(summary = "Change a vendor's policy at run time (its buckets start afresh)",
            description = "Every field is optional and keeps its current value when left out: "
                    + "`{\"capacity\":5,\"period\":\"1m\"}` changes the limit, `{\"enabled\":false}` turns it off. "
                    + "`period` is `PT1M` or `1m`.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            mediaType = "application/json", examples = @ExampleObject(
                    name = "100 requests a minute", value = "{\"enabled\": true, \"capacity\": 100, \"period\": \"1m\"}")))
    VendorLimits change(@Parameter(example = "flowdock") @PathVariable String vendor, @Valid @RequestBody PolicyChange change) {
        VendorApi api = vendor(vendor);
        RateLimitSettings now = limiter.settings(api);
        limiter.override(api.key(), settings(new PolicyChange(
                change.enabled() == null ? now.enabled() : change.enabled(),
                change.capacity() == null ? now.capacity() : change.capacity(),
                change.period() == null ? now.period() : change.period())));
        return limits(api);
    }

    @PostMapping("/{vendor}/exhaust")
    @Operation(summary = "Empty buckets so the next request gets the vendor's 429 at once",
            description = "`key` names one bucket as listed by GET (for example `credential:12`); without it every "
                    + "live bucket of the vendor is emptied, and so is every bucket made within the vendor's current window, so the "
                    + "next call of any caller gets the vendor's 429, even a caller with no live bucket yet.")
    VendorLimits exhaust(@Parameter(example = "flowdock") @PathVariable String vendor,
                         @Parameter(description = "a bucket key from GET /_admin/rate-limits") @RequestParam(required = false) String key) {
        VendorApi api = vendor(vendor);
        if (key == null) {
            limiter.exhaustAll(api);
            return limits(api);
        }
        int emptied = limiter.exhaust(api.key(), key);
        if (emptied == 0) {
            throw new NotFoundException("bucket", key);
        }
        return limits(api);
    }

    @PostMapping("/{vendor}/reset")
    @Operation(summary = "Refill every bucket of the vendor")
    VendorLimits refill(@Parameter(example = "flowdock") @PathVariable String vendor) {
        VendorApi api = vendor(vendor);
        limiter.reset(api.key());
        return limits(api);
    }

    /** Out-of-range input is the caller's mistake (400), not a broken bucket for every later call. */
    private static RateLimitSettings settings(PolicyChange change) {
        try {
            return new RateLimitSettings(change.enabled(), change.capacity(), change.period());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage().contains("period") ? "period" : "capacity", e.getMessage());
        }
    }

    private VendorApi vendor(String key) {
        return vendors.byKey(key).orElseThrow(() -> new NotFoundException("vendor", key));
    }

    private VendorLimits limits(VendorApi api) {
        RateLimitSettings settings = limiter.settings(api);
        return new VendorLimits(api.key(), settings.enabled(), settings.capacity(), settings.period(),
                limiter.buckets(api.key()));
    }

    record PolicyChange(Boolean enabled, @Min(1) Long capacity,
                        @Schema(type = "string", example = "1m", description = "PT1M or 1m")
                        @JsonDeserialize(using = FlexibleDuration.class) Duration period) {
    }

    record VendorLimits(String vendor, boolean enabled, long capacity, Duration period,
                        List<RateLimiter.BucketView> buckets) {
    }
}
