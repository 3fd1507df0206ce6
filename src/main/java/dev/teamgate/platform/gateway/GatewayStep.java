package dev.teamgate.platform.gateway;

import java.io.IOException;

/**
 * One step of a vendor's request chain. Steps run in the order {@link VendorGateway} lists them;
 * each reads and changes the {@link GatewayExchange}, and either lets the next step run or answers
 * the request itself (a refusal, an injected fault, a CORS preflight), which ends the chain.
 */
interface GatewayStep {

    Next handle(GatewayExchange exchange) throws IOException;

    /** What happens after a step. */
    enum Next {
        /** Go on with the next step, and after the last one the controller. */
        CONTINUE,
        /** The step answered (or dropped) the request: nothing after it runs. */
        ANSWERED
    }
}
