package dev.teamgate.platform.gateway;

import dev.teamgate.platform.error.ErrorWriter;
import java.io.IOException;
import lombok.RequiredArgsConstructor;

/** Answers the authenticator's refusal (a 401 or 403) in the vendor's shape. */
@RequiredArgsConstructor
final class RefusalStep implements GatewayStep {

    private final ErrorWriter errors;

    @Override
    public Next handle(GatewayExchange exchange) throws IOException {
        if (!exchange.outcome().isRefused()) {
            return Next.CONTINUE;
        }
        errors.write(exchange.vendor().errorRenderer().render(exchange.outcome().refusal()), exchange.response());
        return Next.ANSWERED;
    }
}
