package dev.teamgate.commflow;

import dev.teamgate.platform.auth.Caller;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * CommFlow's scopes. The docs spell them two ways ({@code read:tickets} in the overview,
 * {@code tickets:read} on the authentication page); both are accepted everywhere and kept in the
 * first spelling. A credential without scopes may do everything.
 */
final class CommFlowScopes {

    /** Every scope's value, in a stable order: what an unrestricted credential holds. */
    static final Set<String> ALL = Collections.unmodifiableSet(new LinkedHashSet<>(
            Arrays.stream(CommFlowScope.values()).map(CommFlowScope::value).toList()));

    private CommFlowScopes() {
    }

    /** The {@code action:resource} spelling of a known scope in either spelling, or empty. */
    static Optional<String> canonical(String scope) {
        if (scope == null) {
            return Optional.empty();
        }
        String[] parts = scope.trim().split(":");
        if (parts.length != 2) {
            return Optional.empty();
        }
        String candidate = isAction(parts[0]) ? parts[0] + ":" + parts[1] : parts[1] + ":" + parts[0];
        return ALL.contains(candidate) ? Optional.of(candidate) : Optional.empty();
    }

    /** What a credential's stored scopes grant: all scopes when none are stored, unknown ones dropped. */
    static Set<String> granted(Set<String> stored) {
        if (stored.isEmpty()) {
            return ALL;
        }
        Set<String> granted = new LinkedHashSet<>();
        stored.forEach(s -> canonical(s).ifPresent(granted::add));
        return granted;
    }

    /**
     * The scopes an OAuth app asks for: separated by spaces (RFC 6749), commas or plus signs, in either
     * spelling, kept in the first. Empty when none are asked for.
     *
     * @throws IllegalArgumentException naming the first unknown scope
     */
    static Set<String> parseRequested(String scope) {
        Set<String> requested = new LinkedHashSet<>();
        if (scope == null || scope.isBlank()) {
            return requested;
        }
        for (String part : scope.trim().split("[\\s,+]+")) {
            Optional<String> known = canonical(part);
            if (known.isEmpty()) {
                throw new IllegalArgumentException(part);
            }
            requested.add(known.get());
        }
        return requested;
    }

    static void require(Caller caller, CommFlowScope scope) {
        if (!caller.hasScope(scope.value())) {
            throw CommFlowErrors.missingScope(scope.value());
        }
    }

    private static boolean isAction(String word) {
        return word.equals("read") || word.equals("write");
    }
}
