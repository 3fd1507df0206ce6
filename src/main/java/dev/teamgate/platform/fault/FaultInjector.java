package dev.teamgate.platform.fault;

import dev.teamgate.platform.error.ApiProblem;
import dev.teamgate.platform.error.ErrorWriter;
import dev.teamgate.platform.error.ProblemKind;
import dev.teamgate.platform.error.RenderedError;
import dev.teamgate.platform.vendor.VendorApi;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** Applies the fault rule that fires for a request, if any: delay, drop, or a vendor-shaped error. */
@Component
@RequiredArgsConstructor
public class FaultInjector {

    private final FaultRules rules;
    private final ErrorWriter errors;

    /**
     * Runs the fault for this request. Returns the rule that fired and whether it answered the
     * request (so the endpoint must not run).
     */
    public Optional<Applied> apply(VendorApi vendor, String method, String path, HttpServletResponse response)
            throws IOException {
        Optional<FaultRule> fired = rules.fire(vendor.key(), method, path);
        if (fired.isEmpty()) {
            return Optional.empty();
        }
        FaultRule rule = fired.get();
        sleep(delayOf(rule));
        if (rule.drop()) {
            ConnectionDropper.drop(response);
            return Optional.of(new Applied(rule, true));
        }
        if (rule.status() != null) {
            String message = rule.message() != null ? rule.message() : "Injected fault " + rule.id();
            errors.write(render(vendor, rule.status(), message), response);
            return Optional.of(new Applied(rule, true));
        }
        return Optional.of(new Applied(rule, false));
    }

    /**
     * The answer of a fault rule with this status and message: the vendor's error body for the
     * status's kind, with the rule's status (also what the OpenAPI documents show as the example).
     */
    public static RenderedError render(VendorApi vendor, int status, String message) {
        RenderedError rendered = vendor.errorRenderer().render(ApiProblem.of(ProblemKind.forStatus(status), message));
        return new RenderedError(status, rendered.headers(), rendered.body());
    }

    private static Duration delayOf(FaultRule rule) {
        if (rule.delay() == null) {
            return Duration.ZERO;
        }
        if (rule.delayMax() == null || rule.delayMax().equals(rule.delay())) {
            return rule.delay();
        }
        long span = rule.delayMax().toMillis() - rule.delay().toMillis();
        return rule.delay().plusMillis(ThreadLocalRandom.current().nextLong(span + 1));
    }

    private static void sleep(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The rule that fired, and whether it already answered (or dropped) the request. */
    public record Applied(FaultRule rule, boolean answered) {
    }
}
