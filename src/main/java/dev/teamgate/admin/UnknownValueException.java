package dev.teamgate.admin;

import java.util.List;

/**
 * A control-plane parameter whose value names nothing Teamgate knows (a vendor, method, status or
 * workspace). Answered 400 with the accepted values, because a filter that silently matches
 * nothing lets "my code did not call X" assertions pass on a typo.
 */
class UnknownValueException extends RuntimeException {

    private final String param;
    private final List<String> accepted;

    UnknownValueException(String param, String value, List<String> accepted, String hint) {
        super("Unknown " + param + " '" + value + "'" + (hint == null ? "" : "; " + hint)
                + ". Accepted: " + String.join(", ", accepted));
        this.param = param;
        this.accepted = List.copyOf(accepted);
    }

    String param() {
        return param;
    }

    List<String> accepted() {
        return accepted;
    }
}
