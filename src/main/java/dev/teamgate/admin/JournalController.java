package dev.teamgate.admin;

import dev.teamgate.platform.journal.JournalEntry;
import dev.teamgate.platform.journal.JournalQuery;
import dev.teamgate.platform.journal.RequestJournal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/_admin/requests")
@Tag(name = "Request journal")
@Validated
class JournalController {

    private final RequestJournal journal;

    JournalController(RequestJournal journal) {
        this.journal = journal;
    }

    @GetMapping
    @Operation(summary = "Recorded vendor requests, newest first",
            description = "`path` is exact, or an Ant-style pattern with `*` and `**`. `since` is an ISO-8601 instant.")
    JournalPage list(@RequestParam(required = false) String vendor,
                     @RequestParam(required = false) String method,
                     @Parameter(example = "/flowdock/flows/**") @RequestParam(required = false) String path,
                     @RequestParam(required = false) Integer status,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant since,
                     @RequestParam(defaultValue = "100") @Min(1) @Max(100_000) int limit) {
        JournalQuery query = new JournalQuery(vendor, method, path, status, since);
        return new JournalPage(journal.count(query), journal.find(query, limit));
    }

    @GetMapping("/count")
    @Operation(summary = "How many recorded requests match the filters")
    JournalCount count(@RequestParam(required = false) String vendor,
                       @RequestParam(required = false) String method,
                       @RequestParam(required = false) String path,
                       @RequestParam(required = false) Integer status,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant since) {
        return new JournalCount(journal.count(new JournalQuery(vendor, method, path, status, since)));
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Forget every recorded request")
    void clear() {
        journal.clear();
    }

    record JournalPage(long total, List<JournalEntry> requests) {
    }

    record JournalCount(long count) {
    }
}
