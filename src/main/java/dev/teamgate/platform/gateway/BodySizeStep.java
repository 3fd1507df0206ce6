package dev.teamgate.platform.gateway;

import dev.teamgate.platform.error.ApiProblem;
import dev.teamgate.platform.error.ErrorWriter;
import dev.teamgate.platform.error.ProblemKind;
import java.io.IOException;
import lombok.RequiredArgsConstructor;

/**
 * A declared {@code Content-Length} over {@code teamgate.http.max-body-size} is a 413 in the
 * vendor's shape before the body is read (a body without a length is cut off by
 * {@link LimitedBodyRequest} instead). Multipart uploads have their own limits.
 */
@RequiredArgsConstructor
final class BodySizeStep implements GatewayStep {

    private final ErrorWriter errors;
    private final long maxBodySize;

    @Override
    public Next handle(GatewayExchange exchange) throws IOException {
        if (exchange.request().getContentLengthLong() <= maxBodySize || CaptureStep.isMultipart(exchange.request())) {
            return Next.CONTINUE;
        }
        errors.write(exchange.vendor().errorRenderer().render(ApiProblem.of(ProblemKind.PAYLOAD_TOO_LARGE,
                "The request body is larger than " + maxBodySize + " bytes")), exchange.response());
        return Next.ANSWERED;
    }
}
