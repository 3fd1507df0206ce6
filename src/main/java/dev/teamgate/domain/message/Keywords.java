package dev.teamgate.domain.message;

import java.util.Locale;

/**
 * Keyword search: a word matches whole words only ({@code ell} does not find "Hello", {@code 3}
 * does not find "13"), case-insensitively. Text and word are both lower-cased and every separator
 * below becomes a space; a word then matches when {@code " " + text + " "} contains
 * {@code " " + word + " "}. The same translation runs in SQL ({@code translate}, on H2 and
 * PostgreSQL alike) and here, so a word with punctuation in it ({@code e-mail}) still matches itself.
 */
final class Keywords {

    /** Characters that separate words. */
    static final String SEPARATORS = " \t\r\n.,;:!?()[]{}<>\"'`/\\|-_*#@~+=&^%$";
    /** As many spaces as there are separators (translate maps them one to one). */
    static final String SPACES = " ".repeat(SEPARATORS.length());

    private Keywords() {
    }

    /**
     * The LIKE pattern (escape character {@code !}) that finds {@code word} as a whole word, or null
     * for a word made of separators only (it matches everything, like no word at all).
     */
    static String likePattern(String word) {
        StringBuilder spaced = new StringBuilder();
        for (char c : word.toLowerCase(Locale.ROOT).toCharArray()) {
            spaced.append(SEPARATORS.indexOf(c) >= 0 ? ' ' : c);
        }
        String trimmed = spaced.toString().trim();
        return trimmed.isEmpty() ? null : "% " + escapeLike(trimmed) + " %";
    }

    /** Escapes LIKE wildcards with {@code !}. */
    static String escapeLike(String value) {
        return value.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
