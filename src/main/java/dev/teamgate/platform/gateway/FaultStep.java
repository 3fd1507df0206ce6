package dev.teamgate.platform.gateway;

import dev.teamgate.platform.fault.FaultInjector;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;
import lombok.RequiredArgsConstructor;

/**
 * Fault injection: the first matching rule from {@code /_admin/faults} delays the request, drops
 * the connection, or answers an error status in the vendor's shape before authentication. The
 * rule's id goes into the journal entry.
 */
@RequiredArgsConstructor
final class FaultStep implements GatewayStep {

    private final FaultInjector faults;

    @Override
    public Next handle(GatewayExchange exchange) throws IOException {
        HttpServletRequest request = exchange.request();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<FaultInjector.Applied> injected =
                faults.apply(exchange.vendor(), request.getMethod(), path, exchange.response());
        if (injected.isEmpty()) {
            return Next.CONTINUE;
        }
        exchange.faultFired(injected.get().rule().id(), injected.get().rule().drop());
        return injected.get().answered() ? Next.ANSWERED : Next.CONTINUE;
    }
}
