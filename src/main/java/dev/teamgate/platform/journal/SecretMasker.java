package dev.teamgate.platform.journal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Masks the values of secret-bearing parameters in query strings, form bodies and JSON bodies
 * before they reach the journal. Names are matched case-insensitively.
 */
final class SecretMasker {

    static final String MASK = "***";

    /**
     * Compiled once per set of names (one set per vendor). Compiling the two patterns for every
     * request was the single largest cost of a journaled request: 60 % of an answer from the
     * read cache, measured with async-profiler (performance.md).
     */
    private static final Map<Set<String>, Patterns> COMPILED = new ConcurrentHashMap<>();

    private SecretMasker() {
    }

    static String mask(String text, Set<String> names) {
        if (text == null || text.isEmpty() || names.isEmpty()) {
            return text;
        }
        Patterns patterns = COMPILED.computeIfAbsent(Set.copyOf(names), Patterns::new);
        // Most bodies name no secret at all; finding that out with indexOf is far cheaper than
        // letting the regex try every position of a 6 KB page of messages.
        String lower = text.toLowerCase(Locale.ROOT);
        String out = containsAny(lower, patterns.formNeedles) ? patterns.form.matcher(text).replaceAll("$1" + MASK) : text;
        return containsAny(lower, patterns.jsonNeedles)
                ? patterns.json.matcher(out).replaceAll("$1\"" + MASK + "\"") : out;
    }

    private static boolean containsAny(String text, List<String> needles) {
        for (String needle : needles) {
            if (text.contains(needle)) {
                return true;
            }
        }
        return false;
    }

    private static final class Patterns {
        final Pattern form;
        final Pattern json;
        final List<String> formNeedles;
        final List<String> jsonNeedles;

        Patterns(Set<String> names) {
            List<String> lower = names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
            formNeedles = lower.stream().map(n -> n + "=").toList();
            jsonNeedles = lower.stream().map(n -> "\"" + n + "\"").toList();
            String alternatives = String.join("|", names.stream().sorted().map(Pattern::quote).toList());
            // form or query: name=value up to the next &
            form = Pattern.compile("(?i)((?:^|[&?])(?:" + alternatives + ")=)[^&\\s]*");
            // JSON: "name": "value"
            json = Pattern.compile("(?i)(\"(?:" + alternatives + ")\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"");
        }
    }
}
