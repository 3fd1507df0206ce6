package dev.teamgate.platform.journal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;

/** Masks {@code name=value} pairs of a query string or form body in one pass, no regex. */
final class FormSecrets {

    private FormSecrets() {
    }

    static String mask(String text, Predicate<String> isSecret) {
        StringBuilder out = null;
        int pairStart = 0;
        while (pairStart <= text.length()) {
            int pairEnd = text.indexOf('&', pairStart);
            if (pairEnd < 0) {
                pairEnd = text.length();
            }
            int equals = text.indexOf('=', pairStart);
            if (equals >= 0 && equals < pairEnd && isSecret.test(decode(text.substring(pairStart, equals)))) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, pairStart);
                }
                out.append(text, pairStart, equals + 1).append(SecretMasker.MASK);
            } else if (out != null) {
                out.append(text, pairStart, pairEnd);
            }
            if (out != null && pairEnd < text.length()) {
                out.append('&');
            }
            pairStart = pairEnd + 1;
        }
        return out == null ? text : out.toString();
    }

    /** The name as the server reads it; a leading ? of a query is not part of it. */
    private static String decode(String rawName) {
        String name = rawName.startsWith("?") ? rawName.substring(1) : rawName;
        try {
            return URLDecoder.decode(name, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notDecodable) {
            return name;
        }
    }
}
