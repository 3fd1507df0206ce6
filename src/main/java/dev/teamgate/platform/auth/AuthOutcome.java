package dev.teamgate.platform.auth;

import dev.teamgate.platform.error.ApiProblem;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The result of authenticating one request: a caller, nobody (allowed through), or a refusal. */
public final class AuthOutcome {

    private static final AuthOutcome ANONYMOUS = new AuthOutcome(null, null);

    private final @Nullable Caller caller;
    private final @Nullable ApiProblem refusal;

    private AuthOutcome(@Nullable Caller caller, @Nullable ApiProblem refusal) {
        this.caller = caller;
        this.refusal = refusal;
    }

    public static AuthOutcome authenticated(Caller caller) {
        return new AuthOutcome(Objects.requireNonNull(caller), null);
    }

    /** No credentials, and this path does not need them (the endpoint may still check). */
    public static AuthOutcome anonymous() {
        return ANONYMOUS;
    }

    public static AuthOutcome refused(ApiProblem problem) {
        return new AuthOutcome(null, Objects.requireNonNull(problem));
    }

    /** The caller, or null when nobody authenticated (anonymous or refused). */
    public @Nullable Caller caller() {
        return caller;
    }

    /** The refusal, or null unless {@link #isRefused()}. */
    public @Nullable ApiProblem refusal() {
        return refusal;
    }

    public boolean isRefused() {
        return refusal != null;
    }
}
