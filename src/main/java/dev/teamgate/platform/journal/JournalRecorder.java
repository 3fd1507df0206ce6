package dev.teamgate.platform.journal;

import dev.teamgate.domain.credential.SecretHasher;
import dev.teamgate.platform.auth.Caller;
import dev.teamgate.platform.vendor.VendorApi;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.ContentCachingRequestWrapper;
import org.jspecify.annotations.Nullable;

/** Turns a finished vendor request into a {@link JournalEntry}, masking secrets on the way. */
@Component
public class JournalRecorder {

    /**
     * Masked for every vendor, on top of each vendor's own list. ("code" is not here: error bodies
     * use it for error codes; a vendor with OAuth codes adds it for itself.)
     */
    private static final Set<String> ALWAYS_SECRET = Set.of("key", "secret", "password", "token", "access_token",
            "refresh_token", "client_secret", "flow_token", "api_key");

    private final RequestJournal journal;
    private final Clock clock;
    private final int bodyLimit;
    private final Map<String, SecretMasker> maskers = new ConcurrentHashMap<>();
    private final Map<String, HeaderMasker> headerMaskers = new ConcurrentHashMap<>();
    private final WorkspaceNames workspaceNames;

    public JournalRecorder(RequestJournal journal, Clock clock,
                           @Value("${teamgate.journal.body-limit:16384}") int bodyLimit,
                           WorkspaceNames workspaceNames) {
        this.journal = journal;
        this.clock = clock;
        this.bodyLimit = bodyLimit;
        this.workspaceNames = workspaceNames;
    }

    public int bodyLimit() {
        return bodyLimit;
    }

    /** Records one finished vendor request, with its request and response headers (secrets masked). */
    public void record(VendorApi vendor, ContentCachingRequestWrapper request, HttpServletResponse response,
                       int status, String responseBody, long durationMillis, @Nullable Caller caller,
                       @Nullable String fault) {
        SecretMasker secrets = maskers.computeIfAbsent(vendor.key(), key -> masker(vendor));
        HeaderMasker headers = headerMaskers.computeIfAbsent(vendor.key(),
                key -> new HeaderMasker(vendor.sensitiveParameters()));
        String path = maskPath(vendor, request.getRequestURI().substring(request.getContextPath().length()));
        String requestBody = cap(new String(request.getContentAsByteArray(), StandardCharsets.UTF_8));
        journal.add(new JournalEntry(journal.nextId(), clock.instant(), vendor.key(), request.getMethod(), path,
                secrets.mask(request.getQueryString()), status, durationMillis,
                secrets.mask(requestBody), secrets.mask(cap(responseBody)),
                caller == null ? null : caller.displayPrefix(), fault,
                caller == null ? null : workspaceNames.of(caller.workspaceId()),
                headers.mask(request.getHeaderNames(), request::getHeaders),
                response == null ? Map.of() : headers.mask(response.getHeaderNames(), response::getHeaders)));
    }

    private static SecretMasker masker(VendorApi vendor) {
        Set<String> names = new HashSet<>(ALWAYS_SECRET);
        names.addAll(vendor.sensitiveParameters());
        return new SecretMasker(names);
    }

    /** Replaces a secret carried in the path with its display prefix, as the vendor declares it. */
    private static String maskPath(VendorApi vendor, String path) {
        if (vendor.secretPathSegment() == null) {
            return path;
        }
        Matcher m = vendor.secretPathSegment().matcher(path);
        if (!m.find() || m.groupCount() < 1 || m.group(1) == null) {
            return path;
        }
        return path.substring(0, m.start(1)) + SecretHasher.displayPrefix(m.group(1)) + path.substring(m.end(1));
    }

    private String cap(String body) {
        return body.length() > bodyLimit ? body.substring(0, bodyLimit) : body;
    }
}
