package dev.teamgate.platform.journal;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Masks the values of secret-bearing names in query strings, form bodies and JSON bodies before
 * they reach the journal. One masker per vendor, built once.
 *
 * <p>Names match however they are spelled: any casing, {@code client_secret},
 * {@code clientSecret} and {@code client-secret} alike, escaped or percent-encoded, at any depth
 * of a JSON document. No regular expression runs over the text: a backtracking pattern over a
 * secret of a few thousand characters overflowed the stack after the write had committed. JSON
 * is read with Jackson's streaming parser ({@link JsonSecrets}), forms with a single scan
 * ({@link FormSecrets}); both take time linear in the text and keep its formatting.
 */
final class SecretMasker {

    static final String MASK = "***";

    private final Set<String> names;

    SecretMasker(Set<String> names) {
        this.names = names.stream().map(SecretMasker::normalise).collect(Collectors.toUnmodifiableSet());
    }

    String mask(String text) {
        if (text == null || text.isEmpty() || names.isEmpty()) {
            return text;
        }
        if (looksLikeJson(text)) {
            String masked = JsonSecrets.mask(text, this::isSecret, this::mentionsSecret);
            if (masked != null) {
                return masked;
            }
        }
        return FormSecrets.mask(text, this::isSecret);
    }

    boolean isSecret(String name) {
        return name != null && names.contains(normalise(name));
    }

    /** True when {@code text} holds a secret name anywhere (linear: one normalised copy, indexOf per name). */
    boolean mentionsSecret(String text) {
        String flat = normalise(text);
        for (String name : names) {
            if (flat.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** Case, underscores and hyphens do not make a different name: clientSecret is client_secret. */
    static String normalise(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != '_' && c != '-') {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    private static boolean looksLikeJson(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '{' || c == '[';
            }
        }
        return false;
    }
}
