package dev.teamgate.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LocalBucketStoreTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000_000L);
    private final TimeMeter time = new TimeMeter() {
        @Override
        public long currentTimeNanos() {
            return nanos.get();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    };
    private final RateLimitSettings twoPerMinute = new RateLimitSettings(true, 2, Duration.ofMinutes(1));

    private void advance(Duration by) {
        nanos.addAndGet(by.toNanos());
    }

    @Test
    void aBucketIdleForAWholePeriodIsForgottenAndComesBackFull() {
        LocalBucketStore store = new LocalBucketStore(time);
        store.bucket("v|a", twoPerMinute).tryConsumeAsMuchAsPossible();
        store.bucket("v|b", twoPerMinute);

        advance(Duration.ofSeconds(59));
        assertThat(store.bucket("v|b", twoPerMinute).getAvailableTokens()).isEqualTo(2); // touched: kept
        advance(Duration.ofSeconds(1));
        store.cleanUp();

        assertThat(store.names()).containsExactly("v|b");
        assertThat(store.bucket("v|a", twoPerMinute).getAvailableTokens()).isEqualTo(2);
    }

    @Test
    void aBucketInUseKeepsItsState() {
        LocalBucketStore store = new LocalBucketStore(time);
        store.bucket("v|a", twoPerMinute).tryConsume(2);
        advance(Duration.ofSeconds(30));

        assertThat(store.bucket("v|a", twoPerMinute).tryConsume(1)).isFalse();
    }

    @Test
    void manyDistinctCallersDoNotGrowTheStoreBeyondItsCap() {
        LocalBucketStore store = new LocalBucketStore(time, 100);
        for (int caller = 0; caller < 1_000; caller++) {
            store.bucket("v|address:" + caller, twoPerMinute).tryConsume(1);
        }
        store.cleanUp();

        assertThat(store.names().size()).isLessThanOrEqualTo(100);
    }

    @Test
    void removeForgetsTheMatchingBuckets() {
        LocalBucketStore store = new LocalBucketStore(time);
        store.bucket("v|a", twoPerMinute);
        store.bucket("w|a", twoPerMinute);

        store.remove(name -> name.startsWith("v|"));

        assertThat(store.names()).containsExactly("w|a");
    }
}
