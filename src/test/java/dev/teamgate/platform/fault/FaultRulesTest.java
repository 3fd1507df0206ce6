package dev.teamgate.platform.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class FaultRulesTest {

    private final FaultRules rules = new FaultRules();

    private static FaultRule rule(String vendor, String path, Integer times, int status) {
        return new FaultRule(null, vendor, null, path, null, times, null, null, status, null, false);
    }

    @Test
    void theFirstMatchingRuleFiresAndCountsDownItsTimes() {
        FaultRule once = rules.add(rule("flowdock", "/flowdock/flows", 1, 503));
        FaultRule always = rules.add(rule("flowdock", "/flowdock/**", null, 500));

        assertThat(rules.fire("flowdock", "GET", "/flowdock/flows")).contains(once);
        assertThat(rules.fire("flowdock", "GET", "/flowdock/flows")).contains(always);
        assertThat(rules.fire("commflow", "GET", "/flowdock/flows")).isEmpty();
        assertThat(rules.list()).extracting(e -> e.getValue()).containsExactly(0, null);
    }

    @Test
    void concurrentRequestsNeverFireARuleMoreOftenThanItsTimes() throws Exception {
        rules.add(rule(null, null, 50, 503));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> tasks = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                tasks.add(() -> {
                    int fired = 0;
                    for (int i = 0; i < 100; i++) {
                        Optional<FaultRule> hit = rules.fire("flowdock", "GET", "/flowdock/flows");
                        fired += hit.isPresent() ? 1 : 0;
                    }
                    return fired;
                });
            }
            int total = 0;
            for (Future<Integer> f : pool.invokeAll(tasks)) {
                total += f.get();
            }
            assertThat(total).isEqualTo(50);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void removedAndClearedRulesNoLongerFire() {
        FaultRule added = rules.add(rule(null, null, null, 500));
        assertThat(rules.remove(added.id())).isTrue();
        assertThat(rules.fire("flowdock", "GET", "/x")).isEmpty();

        rules.add(rule(null, null, null, 500));
        rules.afterReset();
        assertThat(rules.fire("flowdock", "GET", "/x")).isEmpty();
        assertThat(rules.list()).isEmpty();
    }
}
