package dev.teamgate.platform.journal;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks the values of secret-bearing parameters in query strings, form bodies and JSON bodies
 * before they reach the journal. Names are matched case-insensitively.
 */
final class SecretMasker {

    static final String MASK = "***";

    private SecretMasker() {
    }

    static String mask(String text, Set<String> names) {
        if (text == null || text.isEmpty() || names.isEmpty()) {
            return text;
        }
        String alternatives = String.join("|", names.stream().map(Pattern::quote).toList());
        // form or query: name=value up to the next &
        String out = replace(text, "(?i)((?:^|[&?])(?:" + alternatives + ")=)[^&\\s]*", "$1" + MASK);
        // JSON: "name": "value"
        out = replace(out, "(?i)(\"(?:" + alternatives + ")\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"", "$1\"" + MASK + "\"");
        return out;
    }

    private static String replace(String text, String regex, String replacement) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.replaceAll(replacement);
    }
}
