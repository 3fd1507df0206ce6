package dev.teamgate.platform.gateway;

import dev.teamgate.platform.auth.AuthOutcome;
import dev.teamgate.platform.auth.Caller;

/**
 * Authentication: the vendor's authenticator names a caller, nobody, or a refusal. A caller
 * becomes a request attribute (controllers declare a {@code Caller} parameter); a refusal is only
 * noted here and answered by {@link RefusalStep}, after the response has its vendor headers.
 */
final class AuthenticationStep implements GatewayStep {

    @Override
    public Next handle(GatewayExchange exchange) {
        AuthOutcome outcome = exchange.vendor().authenticator().authenticate(exchange.request());
        exchange.authenticated(outcome);
        if (outcome.caller() != null) {
            exchange.request().setAttribute(Caller.ATTRIBUTE, outcome.caller());
        }
        return Next.CONTINUE;
    }
}
