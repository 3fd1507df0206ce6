package dev.teamgate.platform.gateway;

/** Response decoration: the headers every answer of the vendor carries (Flowdock-User), errors included. */
final class DecorationStep implements GatewayStep {

    @Override
    public Next handle(GatewayExchange exchange) {
        exchange.vendor().responseDecorator().decorate(exchange.request(), exchange.response(), exchange.caller());
        return Next.CONTINUE;
    }
}
