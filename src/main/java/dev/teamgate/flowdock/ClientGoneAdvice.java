package dev.teamgate.flowdock;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

/**
 * A stream whose client has gone ends with Spring reporting that the response can no longer be
 * used. That is the normal end of a stream, not a server error: there is nobody to answer and
 * nothing to log. (The platform's catch-all handler would log it as unhandled and try to write an
 * error body.)
 */
@RestControllerAdvice(basePackageClasses = ClientGoneAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ClientGoneAdvice {

    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void clientGone() {
        // nothing to write: the connection is closed
    }
}
