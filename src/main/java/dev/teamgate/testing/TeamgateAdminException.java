package dev.teamgate.testing;

/** The control plane refused a call; {@link #body()} holds its RFC 9457 problem JSON. */
public class TeamgateAdminException extends RuntimeException {

    private final int status;
    private final String body;

    public TeamgateAdminException(String method, String path, int status, String body) {
        super(method + " " + path + " answered " + status + ": " + body);
        this.status = status;
        this.body = body;
    }

    public int status() {
        return status;
    }

    public String body() {
        return body;
    }
}
