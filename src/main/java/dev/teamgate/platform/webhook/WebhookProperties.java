package dev.teamgate.platform.webhook;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Outbound webhook delivery, under {@code teamgate.webhooks.*}. Attempt n (from 1) that fails is
 * retried after {@code initialDelay * multiplier^(n-1)}, capped at {@code maxDelay}, until
 * {@code maxAttempts} attempts were made. Delays follow the Teamgate clock; {@code pollInterval} is
 * how often (real time) due retries are looked for.
 */
@ConfigurationProperties("teamgate.webhooks")
public record WebhookProperties(
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("1s") Duration initialDelay,
        @DefaultValue("2.0") double multiplier,
        @DefaultValue("5m") Duration maxDelay,
        @DefaultValue("5s") Duration timeout,
        @DefaultValue("200ms") Duration pollInterval,
        @DefaultValue("10000") int history,
        @DefaultValue("4") int workers) {

    public WebhookProperties {
        if (maxAttempts < 1 || history < 1 || workers < 1) {
            throw new IllegalArgumentException("teamgate.webhooks: max-attempts, history and workers must be at least 1");
        }
    }

    Duration delayAfter(int failedAttempts) {
        double factor = Math.pow(multiplier, Math.max(0, failedAttempts - 1));
        long millis = (long) Math.min(maxDelay.toMillis(), initialDelay.toMillis() * factor);
        return Duration.ofMillis(millis);
    }
}
