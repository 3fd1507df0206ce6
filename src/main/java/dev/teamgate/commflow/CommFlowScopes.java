package dev.teamgate.commflow;

import dev.teamgate.platform.auth.Caller;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * CommFlow's scopes. The docs spell them two ways ({@code read:tickets} in the overview,
 * {@code tickets:read} on the authentication page); both are accepted everywhere and kept in the
 * first spelling. A credential without scopes may do everything.
 */
final class CommFlowScopes {

    static final String READ_CONVERSATIONS = "read:conversations";
    static final String WRITE_CONVERSATIONS = "write:conversations";
    static final String READ_CONTACTS = "read:contacts";
    static final String WRITE_CONTACTS = "write:contacts";
    static final String READ_TICKETS = "read:tickets";
    static final String WRITE_TICKETS = "write:tickets";
    static final String READ_WEBHOOKS = "read:webhooks";
    static final String WRITE_WEBHOOKS = "write:webhooks";

    static final List<String> RESOURCES = List.of("conversations", "contacts", "tickets", "webhooks", "users", "files");

    /** Every scope, in a stable order: what an unrestricted credential holds. */
    static final Set<String> ALL;

    static {
        Set<String> all = new LinkedHashSet<>();
        for (String resource : RESOURCES) {
            all.add("read:" + resource);
            all.add("write:" + resource);
        }
        ALL = Set.copyOf(all);
    }

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

    static void require(Caller caller, String scope) {
        if (!caller.hasScope(scope)) {
            throw CommFlowErrors.missingScope(scope);
        }
    }

    private static boolean isAction(String word) {
        return word.equals("read") || word.equals("write");
    }
}
