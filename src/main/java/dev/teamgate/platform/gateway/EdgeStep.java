package dev.teamgate.platform.gateway;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * The vendor's {@code edgeHandler}, before anything else of its chain: it may answer the request
 * itself (Flowdock's CORS preflight, not journaled) or re-address it (a tolerated URL spelling).
 */
final class EdgeStep implements GatewayStep {

    @Override
    public Next handle(GatewayExchange exchange) throws IOException {
        HttpServletRequest edged = exchange.vendor().edgeHandler().handle(exchange.request(), exchange.response());
        if (edged == null) {
            return Next.ANSWERED;
        }
        exchange.readdress(edged);
        return Next.CONTINUE;
    }
}
