package dev.teamgate.platform.container;

import dev.teamgate.platform.error.ApiProblem;
import dev.teamgate.platform.error.ErrorResponder;
import dev.teamgate.platform.error.ProblemKind;
import dev.teamgate.platform.nativeport.NativePorts;
import dev.teamgate.platform.vendor.VendorApi;
import jakarta.servlet.RequestDispatcher;
import java.io.IOException;
import java.io.Writer;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import lombok.RequiredArgsConstructor;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.tomcat.util.ExceptionUtils;
import org.springframework.http.HttpStatus;

/**
 * Takes the place of Tomcat's HTML error page for what the container refuses on its own, before
 * any servlet runs (a bad HTTP version, an undecodable path, malformed chunking, a failed
 * {@code Expect}): the answer is JSON in the shape of the vendor that owns the path, or an RFC
 * 9457 problem elsewhere. Bad input is never a 5xx: the container's 501 and 505 become 400. A
 * request line too long to read becomes a 414, its owner told from the part that was read.
 */
@RequiredArgsConstructor
class ContainerErrorValve extends ErrorReportValve {

    private final ErrorResponder errors;
    private final NativePorts nativePorts;

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get() || !response.setErrorReported()) {
            return;
        }
        String path = pathOf(request);
        Optional<String> unfinishedLine = path.isEmpty()
                ? UnfinishedRequestLine.path(request.getCoyoteRequest().getInputBuffer()) : Optional.empty();
        // A request line longer than the header buffer: Tomcat says 400, HTTP has 414 for it.
        int answered = unfinishedLine.isPresent() ? 414 : status == 501 || status == 505 ? 400 : status;
        ApiProblem problem = ApiProblem.of(ProblemKind.forStatus(answered), unfinishedLine.isPresent()
                ? "The request line is longer than this server accepts (server.max-http-request-header-size)."
                : message(answered, request));
        path = unfinishedLine.orElse(path);
        Optional<VendorApi> nativeVendor = nativePorts.isEmpty()
                ? Optional.empty() : nativePorts.vendorForLocalPort(request.getLocalPort());
        try {
            ErrorResponder.Reply reply = unfinishedLine.isPresent()
                    ? errors.render(problem, nativeVendor, path, 414) : errors.render(problem, nativeVendor, path);
            response.setStatus(unfinishedLine.isPresent() || reply.status() >= 500 && status < 500
                    ? answered : reply.status());
            reply.headers().forEach(response::setHeader);
            if (reply.body() == null) {
                return;
            }
            response.setContentType(reply.contentType());
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(reply.body());
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response is closed: nothing left to tell
        } catch (Throwable t) {
            ExceptionUtils.handleThrowable(t);
        }
    }

    private static String message(int status, Request request) {
        Object servletMessage = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        if (servletMessage instanceof String text && !text.isBlank()) {
            return text;
        }
        HttpStatus known = HttpStatus.resolve(status);
        return "The request could not be read: " + (known == null ? "error " + status : known.getReasonPhrase());
    }

    /** The raw path (a request that failed to parse may have none); only used to pick the owner. */
    private static String pathOf(Request request) {
        try {
            String uri = request.getCoyoteRequest().requestURI().toString();
            if (uri == null) {
                return "";
            }
            int query = uri.indexOf('?');
            return query < 0 ? uri : uri.substring(0, query);
        } catch (RuntimeException unreadable) {
            return "";
        }
    }
}
