package dev.teamgate.platform.web;

import dev.teamgate.domain.oauth.AuthorizationRefusedException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers an authorization request that a vendor refused ({@link AuthorizationRefusedException})
 * with the uncached 302 back to the app that {@link OAuthAnswers#redirect} gives, for every vendor
 * that serves OAuth. The refusal is an answer, not an error: nothing is logged, and the vendor call's
 * transaction is rolled back (its checks wrote nothing). Ordered before the platform's exception
 * handler, whose catch-all would otherwise take it.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class AuthorizationRefusalAdvice {

    @ExceptionHandler(AuthorizationRefusedException.class)
    ResponseEntity<String> refused(AuthorizationRefusedException refusal) {
        return OAuthAnswers.redirect(refusal.location());
    }
}
