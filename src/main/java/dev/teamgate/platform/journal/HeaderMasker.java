package dev.teamgate.platform.journal;

import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Copies headers into the journal with their secrets masked: credentials ({@code Authorization},
 * which keeps its scheme, {@code Proxy-Authorization}), cookies, and every header whose name says
 * it carries a token, secret, key or password, plus the vendor's own secret parameter names.
 * Several values of one header are joined with ", ". Names keep the case the client sent.
 */
final class HeaderMasker {

    private static final Set<String> ALWAYS = Set.of("authorization", "proxy-authorization", "cookie", "set-cookie");
    private static final Set<String> WORDS = Set.of("token", "secret", "password", "apikey", "api-key", "api_key");
    /** Named like a secret but not one: showing them is what makes the journal useful. */
    private static final Set<String> KEPT = Set.of("idempotency-key", "x-idempotency-key");

    private final Set<String> vendorNames;

    HeaderMasker(Collection<String> vendorSecretNames) {
        this.vendorNames = vendorSecretNames.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(
                java.util.stream.Collectors.toUnmodifiableSet());
    }

    Map<String, String> mask(Enumeration<String> names, Function<String, Enumeration<String>> values) {
        return names == null ? Map.of() : mask(Collections.list(names), n -> Collections.list(values.apply(n)));
    }

    Map<String, String> mask(Collection<String> names, Function<String, Collection<String>> values) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : names) {
            if (out.containsKey(name)) {
                continue;
            }
            Collection<String> all = values.apply(name);
            String joined = all == null ? "" : String.join(", ", all);
            out.put(name, isSecret(name) ? masked(name, joined) : joined);
        }
        return out;
    }

    boolean isSecret(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (KEPT.contains(lower)) {
            return false;
        }
        if (ALWAYS.contains(lower) || vendorNames.contains(lower)) {
            return true;
        }
        String bare = lower.startsWith("x-") ? lower.substring(2) : lower;
        if (bare.equals("key") || bare.endsWith("-key") || bare.endsWith("_key")) {
            return true;
        }
        return WORDS.stream().anyMatch(bare::contains);
    }

    /** {@code Bearer sk_live_abc} becomes {@code Bearer ***}: the scheme tells how the client authenticated. */
    private static String masked(String name, String value) {
        if (name.toLowerCase(Locale.ROOT).endsWith("authorization")) {
            int space = value.indexOf(' ');
            if (space > 0 && value.substring(0, space).chars().allMatch(Character::isLetter)) {
                return value.substring(0, space) + " " + SecretMasker.MASK;
            }
        }
        return SecretMasker.MASK;
    }
}
