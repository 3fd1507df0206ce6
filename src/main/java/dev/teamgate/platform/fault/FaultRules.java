package dev.teamgate.platform.fault;

import dev.teamgate.domain.InvalidInputException;
import dev.teamgate.platform.reset.ResetListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;

/**
 * The active fault rules, in the order they were added; the first that fires wins. Every vendor
 * request reads them, so reads take no lock: the list is copy-on-write (rules change rarely, from
 * the control plane) and a rule's remaining firings are counted down with compare-and-set.
 */
@Component
public class FaultRules implements ResetListener {

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private final List<Active> rules = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    public FaultRule add(FaultRule rule) {
        validate(rule);
        FaultRule stored = new FaultRule("fault-" + ids.incrementAndGet(), rule.vendor(), rule.method(), rule.path(),
                rule.probability() == null ? 1.0 : rule.probability(), rule.times(), rule.delay(), rule.delayMax(),
                rule.status(), rule.message(), rule.drop());
        rules.add(new Active(stored, rule.times() == null ? null : new AtomicInteger(rule.times())));
        return stored;
    }

    /** Every rule with the firings it has left ({@code null}: unlimited). */
    public List<Map.Entry<FaultRule, Integer>> list() {
        List<Map.Entry<FaultRule, Integer>> out = new ArrayList<>();
        for (Active a : rules) {
            out.add(new java.util.AbstractMap.SimpleImmutableEntry<>(a.rule(), a.left() == null ? null : a.left().get()));
        }
        return out;
    }

    public boolean remove(String id) {
        return rules.removeIf(a -> a.rule().id().equals(id));
    }

    public void clear() {
        rules.clear();
    }

    /** The rule that fires for this request, if any; a firing counts against its {@code times}. */
    public Optional<FaultRule> fire(String vendor, String method, String path) {
        for (Active a : rules) {
            FaultRule r = a.rule();
            boolean matches = (r.vendor() == null || r.vendor().equals(vendor))
                    && (r.method() == null || r.method().equalsIgnoreCase(method))
                    && (r.path() == null || (r.path().contains("*") ? PATHS.match(r.path(), path) : r.path().equals(path)));
            if (!matches || (a.left() != null && a.left().get() <= 0)) {
                continue;
            }
            if (ThreadLocalRandom.current().nextDouble() >= r.probability()) {
                continue;
            }
            if (a.left() != null && a.left().getAndUpdate(left -> left > 0 ? left - 1 : left) <= 0) {
                continue; // another request took the last firing meanwhile
            }
            return Optional.of(r);
        }
        return Optional.empty();
    }

    @Override
    public void afterReset() {
        // A full reset is a fresh start: no rules, and the next rule is fault-1 again.
        rules.clear();
        ids.set(0);
    }

    private static void validate(FaultRule rule) {
        if (rule.delay() == null && rule.status() == null && !rule.drop()) {
            throw new InvalidInputException("delay", "a fault needs a delay, a status or drop=true");
        }
        if (rule.status() != null && rule.drop()) {
            throw new InvalidInputException("drop", "a fault either answers a status or drops the connection");
        }
        if (rule.status() != null && (rule.status() < 400 || rule.status() > 599)) {
            throw new InvalidInputException("status", "status must be an error status between 400 and 599");
        }
        if (rule.probability() != null && (rule.probability() <= 0 || rule.probability() > 1)) {
            throw new InvalidInputException("probability", "probability must be greater than 0 and at most 1");
        }
        if (rule.times() != null && rule.times() < 1) {
            throw new InvalidInputException("times", "times must be at least 1");
        }
        if (rule.delay() != null && (rule.delay().isNegative() || rule.delay().compareTo(java.time.Duration.ofMinutes(5)) > 0)) {
            throw new InvalidInputException("delay", "delay must be between 0 and 5 minutes");
        }
        if (rule.delayMax() != null && (rule.delay() == null || rule.delayMax().compareTo(rule.delay()) < 0
                || rule.delayMax().compareTo(java.time.Duration.ofMinutes(5)) > 0)) {
            throw new InvalidInputException("delayMax", "delayMax needs a delay, must not be below it and at most 5 minutes");
        }
    }

    private record Active(FaultRule rule, AtomicInteger left) {
    }
}
