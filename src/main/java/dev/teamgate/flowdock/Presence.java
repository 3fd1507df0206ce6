package dev.teamgate.flowdock;

import dev.teamgate.platform.reset.ResetListener;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * When each user was last seen: {@code last_ping} is their latest authenticated request,
 * {@code last_activity} their latest post or active stream. Kept in memory, like the real
 * service's presence; a reset forgets it.
 */
@Component
@RequiredArgsConstructor
class Presence implements ResetListener {

    private final Map<String, Long> lastPing = new ConcurrentHashMap<>();
    private final Map<String, Long> lastActivity = new ConcurrentHashMap<>();
    private final Clock clock;

    void ping(String userId) {
        lastPing.put(userId, clock.millis());
    }

    void active(String userId) {
        long now = clock.millis();
        lastPing.put(userId, now);
        lastActivity.put(userId, now);
    }

    Long lastPing(String userId) {
        return lastPing.get(userId);
    }

    Long lastActivity(String userId) {
        return lastActivity.get(userId);
    }

    @Override
    public void afterReset() {
        lastPing.clear();
        lastActivity.clear();
    }
}
