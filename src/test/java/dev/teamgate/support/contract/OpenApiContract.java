package dev.teamgate.support.contract;

import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.ApiOperationMatch;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The contract check: a response from a vendor endpoint must be one its vendor's published OpenAPI
 * document declares, for that operation: the status, the content type, and the body's property
 * names and types (objects are closed: a property the schema does not name is a violation).
 *
 * <p>An error status the operation does not declare is a violation too, unless
 * {@code -Dteamgate.contract.undeclared-errors=ignore} (default {@code enforce}); then such a response is
 * counted but not checked. A request to a path or method the document does not list is checked only
 * when it succeeded (a test probing an unknown path expects its 404/405); the served-but-unlisted twins
 * of documented operations (Flowdock's {@code /v1} alias, trailing slash and {@code .json} suffix, PATCH
 * beside PUT) are checked as their twin. OPTIONS (CORS preflights) and HEAD are not checked.
 */
public final class OpenApiContract {

    /** The one contract of this JVM; ServerTest installs its filter for every full-server test. */
    public static final OpenApiContract INSTANCE = new OpenApiContract();

    static final String UNDECLARED_ERRORS = "teamgate.contract.undeclared-errors";
    /** Record violations in the report only, failing no test: for surveying a document's gaps. */
    static final String SURVEY = "teamgate.contract.survey";

    private final VendorDocuments documents = new VendorDocuments();
    private final ContractLedger ledger = new ContractLedger(documents);

    private OpenApiContract() {
    }

    /** A vendor response to check; headers as sent, body as bytes. */
    public record Exchange(int port, String method, String path, int status, Map<String, List<String>> headers, byte[] body) {
    }

    static boolean enforceUndeclaredErrors() {
        return !"ignore".equalsIgnoreCase(System.getProperty(UNDECLARED_ERRORS, "enforce"));
    }

    /** Checks one exchange; throws an {@link AssertionError} naming every violation. */
    public void check(Exchange exchange) {
        String group = groupOf(exchange);
        if (group == null || exchange.method().equalsIgnoreCase("OPTIONS") || exchange.method().equalsIgnoreCase("HEAD")) {
            // CORS preflights and HEAD are the container's, not documented operations.
            return;
        }
        VendorDocuments.Document document = documents.document(exchange.port(), group);
        Request.Method method = Request.Method.valueOf(exchange.method().toUpperCase(Locale.ROOT));
        String path = exchange.path();
        ApiOperationMatch match = document.operations().findApiOperation(path, method);
        if (!match.isPathFound() || !match.isOperationAllowed()) {
            Twin twin = Twin.of(path, method);
            ApiOperationMatch twinMatch = twin == null ? null : document.operations().findApiOperation(twin.path(), twin.method());
            if (twinMatch != null && twinMatch.isPathFound() && twinMatch.isOperationAllowed()) {
                path = twin.path();
                method = twin.method();
                match = twinMatch;
            } else if (exchange.status() >= 400) {
                ledger.unlisted(group);
                return;
            } else {
                fail(exchange, List.of(exchange.method() + " " + exchange.path() + " answered " + exchange.status()
                        + " but the " + group + " document lists no such operation"));
                return;
            }
        }
        ApiOperation operation = match.getApiOperation();
        String key = group + " " + method + " " + operation.getApiPath().original();
        if (exchange.status() >= 400 && !declares(operation.getOperation().getResponses(), exchange.status())
                && !enforceUndeclaredErrors()) {
            ledger.covered(key, false);
            return;
        }
        ledger.covered(key, true);
        ValidationReport report = document.validator().validateResponse(path, method, response(exchange));
        List<String> violations = new ArrayList<>();
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() == ValidationReport.Level.ERROR) {
                violations.add(describe(message));
            }
        }
        if (!violations.isEmpty()) {
            fail(exchange, violations);
        }
    }

    private String groupOf(Exchange exchange) {
        String path = exchange.path();
        if (path == null || path.length() < 2) {
            return null;
        }
        int end = path.indexOf('/', 1);
        String first = end < 0 ? path.substring(1) : path.substring(1, end);
        return documents.vendorGroups(exchange.port()).contains(first) ? first : null;
    }

    private static boolean declares(ApiResponses responses, int status) {
        if (responses == null) {
            return false;
        }
        return responses.containsKey(String.valueOf(status)) || responses.containsKey(status / 100 + "XX")
                || responses.containsKey("default");
    }

    private static SimpleResponse response(Exchange exchange) {
        SimpleResponse.Builder builder = new SimpleResponse.Builder(exchange.status());
        exchange.headers().forEach(builder::withHeader);
        if (exchange.body().length > 0) {
            builder.withBody(exchange.body());
        }
        return builder.build();
    }

    private static String describe(ValidationReport.Message message) {
        StringBuilder text = new StringBuilder(message.getKey()).append(": ").append(message.getMessage());
        for (ValidationReport.Message nested : message.getNestedMessages()) {
            text.append("\n      ").append(nested.getMessage());
        }
        return text.toString();
    }

    private void fail(Exchange exchange, List<String> violations) {
        String body = new String(exchange.body(), java.nio.charset.StandardCharsets.UTF_8);
        String summary = exchange.method() + " " + exchange.path() + " -> " + exchange.status() + ": "
                + String.join("\n    ", violations) + "\n  body: " + (body.length() > 600 ? body.substring(0, 600) + "…" : body);
        ledger.violation(summary);
        if (Boolean.getBoolean(SURVEY)) {
            return;
        }
        throw new AssertionError("The response does not match the published OpenAPI document (contract test, "
                + "docs/testing.md):\n  " + summary);
    }

    /** The documented operation an unlisted alias stands for. */
    private record Twin(String path, Request.Method method) {
        static Twin of(String path, Request.Method method) {
            String twinPath = path.startsWith("/flowdock/v1/") ? "/flowdock/" + path.substring("/flowdock/v1/".length()) : path;
            if (twinPath.startsWith("/flowdock/")) {
                // Flowdock's edge serves a trailing slash and a .json suffix as the plain path.
                twinPath = twinPath.replaceAll("/$", "").replaceAll("\\.json$", "");
                // ...and the docs' own spelling of a source's path, /source/:id, as /sources/:id.
                twinPath = twinPath.replaceFirst("^(/flowdock/flows/[^/]+/[^/]+)/source/", "$1/sources/");
            }
            Request.Method twinMethod = method == Request.Method.PATCH ? Request.Method.PUT : method;
            return twinPath.equals(path) && twinMethod == method ? null : new Twin(twinPath, twinMethod);
        }
    }
}
