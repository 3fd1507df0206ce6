package dev.teamgate.platform.slowclient;

import jakarta.servlet.ServletRequest;

/**
 * Tells the filters behind {@link AsyncBodyReader} that an async dispatch is the replay of a request
 * whose body was read without a worker thread. For them that dispatch is the request's first (and
 * only) pass: a {@code OncePerRequestFilter} must not skip it as it skips other async dispatches.
 * Such a filter overrides {@code isAsyncDispatch} with {@link #isAsyncDispatch} and is registered
 * for {@code DispatcherType.ASYNC} as well as {@code REQUEST}.
 */
public final class BodyReplay {

    static final String ATTRIBUTE = BodyReplay.class.getName() + ".body";

    private BodyReplay() {
    }

    /** True while the request is being replayed with its buffered body. */
    public static boolean isReplay(ServletRequest request) {
        return request.getAttribute(ATTRIBUTE) != null;
    }

    /** What {@code OncePerRequestFilter.isAsyncDispatch} should answer: an async dispatch that is not a replay. */
    public static boolean isAsyncDispatch(boolean asyncDispatch, ServletRequest request) {
        return asyncDispatch && !isReplay(request);
    }
}
