package dev.teamgate.platform.gateway;

import dev.teamgate.platform.vendor.VendorContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.web.util.ContentCachingRequestWrapper;

/**
 * Journal capture and the body limit: the request body is cached up to the journal's body limit
 * and cut off at {@code teamgate.http.max-body-size} (multipart uploads have their own, larger
 * limits); the response is teed, written through so streams keep streaming, with a capped copy.
 * From here on the request names its vendor ({@link VendorContext}) and ends in the journal.
 */
@RequiredArgsConstructor
final class CaptureStep implements GatewayStep {

    private final int journalBodyLimit;
    private final long maxBodySize;

    @Override
    public Next handle(GatewayExchange exchange) {
        long started = System.nanoTime();
        HttpServletRequest request = exchange.request();
        HttpServletRequest limited = isMultipart(request) ? request : new LimitedBodyRequest(request, maxBodySize);
        ContentCachingRequestWrapper captured = new ContentCachingRequestWrapper(limited, journalBodyLimit);
        exchange.capture(captured, new CappedTeeResponse(exchange.response(), journalBodyLimit), started);
        VendorContext.set(captured, exchange.vendor());
        return Next.CONTINUE;
    }

    static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }
}
