package dev.teamgate.platform.firewall;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules of Spring Security's {@code StrictHttpFirewall}, applied to the raw request path, plus
 * one of our own: the segment that decides who owns a request (a vendor prefix, {@code /_admin})
 * is spelled literally. A request that passes has a raw path whose routing part reads exactly as
 * the decoded path the container dispatches, so the gateway, the control-plane lock and the
 * controllers cannot disagree about it.
 */
final class PathRules {

    /** Encoded separators, encoded percent and period, path parameters, NUL and line breaks. */
    private static final List<String> BLOCKED_ENCODED = List.of(
            "%2f", "%5c", "%25", "%2e", "%3b", "%00", "%0a", "%0d");

    private PathRules() {
    }

    /** Why {@code rawPath} is refused, or empty when it may pass. */
    static Optional<String> violation(String rawPath) {
        if (rawPath.isEmpty()) {
            return Optional.empty();
        }
        if (rawPath.indexOf(';') >= 0) {
            return Optional.of("Path parameters (;) are not allowed");
        }
        if (rawPath.indexOf('\\') >= 0) {
            return Optional.of("Backslashes are not allowed in the path");
        }
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return Optional.of("Control characters are not allowed in the path");
            }
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        for (String blocked : BLOCKED_ENCODED) {
            if (lower.contains(blocked)) {
                return Optional.of("The path contains an encoded character that is not allowed (" + blocked + ")");
            }
        }
        if (rawPath.contains("//")) {
            return Optional.of("Empty path segments (//) are not allowed");
        }
        for (String segment : rawPath.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return Optional.of("The path must be normalised (no . or .. segments)");
            }
        }
        String firstSegment = firstSegment(rawPath);
        if (firstSegment.indexOf('%') >= 0) {
            return Optional.of("The first path segment must not be percent-encoded");
        }
        return Optional.empty();
    }

    /** True when {@code rawPath} spells {@code prefix} literally at its start. */
    static boolean spellsPrefix(String rawPath, String prefix) {
        return rawPath.equals(prefix) || rawPath.startsWith(prefix + "/");
    }

    private static String firstSegment(String rawPath) {
        int start = rawPath.startsWith("/") ? 1 : 0;
        int end = rawPath.indexOf('/', start);
        return end < 0 ? rawPath.substring(start) : rawPath.substring(start, end);
    }
}
