package dev.teamgate.admin;

import dev.teamgate.platform.journal.JournalQuery;
import dev.teamgate.platform.journal.RequestJournal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.ObjectMapper;

/**
 * The request journal. Every filter value is checked: an unknown vendor, method, status or
 * workspace is a 400 listing the accepted values, never a filter that silently matches nothing.
 */
@RestController
@RequestMapping("/_admin/requests")
@Tag(name = "Request journal")
@Validated
@RequiredArgsConstructor
class JournalController {

    private final RequestJournal journal;
    private final ControlPlaneValues values;
    private final ObjectMapper json;

    @GetMapping
    @Operation(summary = "Recorded vendor requests, newest first",
            description = "`path` is exact, or an Ant-style pattern with `*` and `**`. `since` is an ISO-8601 instant. "
                    + "`workspace` is `vendor/slug` (or a slug one vendor has). `method` is case-insensitive. Unknown "
                    + "values answer 400 with the accepted ones. JSON bodies come as JSON; headers with secrets masked.")
    JournalPage list(@RequestParam(required = false) String vendor,
                     @RequestParam(required = false) String method,
                     @Parameter(example = "/flowdock/flows/**") @RequestParam(required = false) String path,
                     @RequestParam(required = false) Integer status,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant since,
                     @Parameter(example = "commflow/acme") @RequestParam(required = false) String workspace,
                     @RequestParam(defaultValue = "100") @Min(1) @Max(100_000) int limit) {
        JournalQuery query = query(vendor, method, path, status, since, workspace);
        return new JournalPage(journal.count(query),
                journal.find(query, limit).stream().map(e -> JournalEntryView.of(e, json)).toList());
    }

    @GetMapping("/count")
    @Operation(summary = "How many recorded requests match the filters (the same filters as the list)")
    JournalCount count(@RequestParam(required = false) String vendor,
                       @RequestParam(required = false) String method,
                       @RequestParam(required = false) String path,
                       @RequestParam(required = false) Integer status,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant since,
                       @RequestParam(required = false) String workspace) {
        return new JournalCount(journal.count(query(vendor, method, path, status, since, workspace)));
    }

    @DeleteMapping
    @Operation(summary = "Forget recorded requests: all of them, or those matching the filters",
            description = "`DELETE /_admin/requests?workspace=commflow/acme-1a2b3c4d` forgets one test's requests "
                    + "and leaves the others' alone.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void clear(@RequestParam(required = false) String vendor,
                         @RequestParam(required = false) String method,
                         @RequestParam(required = false) String path,
                         @RequestParam(required = false) Integer status,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant since,
                         @RequestParam(required = false) String workspace) {
        JournalQuery query = query(vendor, method, path, status, since, workspace);
        if (query.equals(JournalQuery.ALL)) {
            journal.clear();
        } else {
            journal.remove(query);
        }
    }

    private JournalQuery query(String vendor, String method, String path, Integer status, Instant since,
                               String workspace) {
        return new JournalQuery(values.vendor(vendor), values.method(method), path, values.status(status), since,
                values.journalWorkspace(workspace));
    }

    record JournalPage(long total, List<JournalEntryView> requests) {
    }

    record JournalCount(long count) {
    }
}
