package dev.teamgate.commflow;

import dev.teamgate.platform.ratelimit.RateLimitDecision;
import dev.teamgate.platform.ratelimit.RateLimitPolicy;
import dev.teamgate.platform.ratelimit.RateLimitSettings;
import jakarta.servlet.http.HttpServletResponse;

/**
 * CommFlow's limits: requests per minute by the workspace's plan (Starter 60, Professional 300,
 * Business 1000), reported on every limited response as {@code X-RateLimit-Limit},
 * {@code X-RateLimit-Remaining} and {@code X-RateLimit-Reset} (epoch seconds).
 */
final class CommFlowRateLimits {

    private CommFlowRateLimits() {
    }

    static RateLimitPolicy policy(CommFlowProperties.PlanLimits plans) {
        return (caller, base) -> {
            if (caller == null || !base.enabled()) {
                return base;
            }
            return caller.attribute(CommFlowAuthenticator.PLAN)
                    .map(plan -> capacityFor(String.valueOf(plan), plans, base))
                    .orElse(base);
        };
    }

    private static RateLimitSettings capacityFor(String plan, CommFlowProperties.PlanLimits plans, RateLimitSettings base) {
        return switch (plan) {
            case "starter" -> base.withCapacity(plans.starter());
            case "professional" -> base.withCapacity(plans.professional());
            case "business" -> base.withCapacity(plans.business());
            default -> base;
        };
    }

    static void writeHeaders(RateLimitDecision decision, HttpServletResponse response) {
        response.setHeader("X-RateLimit-Limit", String.valueOf(decision.limit()));
        response.setHeader("X-RateLimit-Remaining", String.valueOf(decision.remaining()));
        if (decision.resetAt() != null) {
            long epochSeconds = decision.resetAt().getEpochSecond() + (decision.resetAt().getNano() > 0 ? 1 : 0);
            response.setHeader("X-RateLimit-Reset", String.valueOf(epochSeconds));
        }
    }
}
