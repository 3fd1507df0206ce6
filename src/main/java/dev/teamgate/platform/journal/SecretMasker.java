package dev.teamgate.platform.journal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Masks the values of secret-bearing parameters in query strings, form bodies and JSON bodies
 * before they reach the journal. Names are matched case-insensitively. One masker per vendor,
 * built once: compiling the patterns for every request was the largest cost of a journaled
 * answer from the read cache (60 %, async-profiler; performance.md).
 */
final class SecretMasker {

    static final String MASK = "***";

    /** name=value up to the next &, in a query or form body. */
    private final Pattern form;
    /** "name": "value" in a JSON body. */
    private final Pattern json;
    private final List<String> formNeedles;
    private final List<String> jsonNeedles;

    SecretMasker(Set<String> names) {
        List<String> lower = names.stream().map(n -> n.toLowerCase(Locale.ROOT)).distinct().sorted().toList();
        formNeedles = lower.stream().map(n -> n + "=").toList();
        jsonNeedles = lower.stream().map(n -> "\"" + n + "\"").toList();
        String alternatives = String.join("|", lower.stream().map(Pattern::quote).toList());
        form = Pattern.compile("(?i)((?:^|[&?])(?:" + alternatives + ")=)[^&\\s]*");
        json = Pattern.compile("(?i)(\"(?:" + alternatives + ")\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"");
    }

    String mask(String text) {
        if (text == null || text.isEmpty() || formNeedles.isEmpty()) {
            return text;
        }
        // Most bodies name no secret at all; finding that out with indexOf is far cheaper than
        // letting the regex try every position of a 6 KB page of messages.
        String lower = text.toLowerCase(Locale.ROOT);
        String out = containsAny(lower, formNeedles) ? form.matcher(text).replaceAll("$1" + MASK) : text;
        return containsAny(lower, jsonNeedles) ? json.matcher(out).replaceAll("$1\"" + MASK + "\"") : out;
    }

    private static boolean containsAny(String text, List<String> needles) {
        for (String needle : needles) {
            if (text.contains(needle)) {
                return true;
            }
        }
        return false;
    }
}
