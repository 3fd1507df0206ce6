package dev.teamgate.support.contract;

import io.swagger.v3.oas.models.PathItem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the contract check saw in this JVM: each documented operation the suite called (with how many
 * responses were checked or, for undeclared error statuses while they are not enforced, only counted),
 * the documented operations no test called, and every violation. Written to
 * {@code target/openapi-contract/report.txt} when the JVM exits.
 */
final class ContractLedger {

    private final VendorDocuments documents;
    private final Map<String, AtomicInteger[]> operations = new ConcurrentSkipListMap<>();
    private final Map<String, AtomicInteger> unlisted = new ConcurrentHashMap<>();
    private final List<String> violations = java.util.Collections.synchronizedList(new ArrayList<>());
    private volatile boolean hooked;

    ContractLedger(VendorDocuments documents) {
        this.documents = documents;
    }

    void covered(String operation, boolean checked) {
        hook();
        operations.computeIfAbsent(operation, key -> new AtomicInteger[] {new AtomicInteger(), new AtomicInteger()})
                [checked ? 0 : 1].incrementAndGet();
    }

    /** An error answer to a path or method the document does not list (a probe of an unknown path). */
    void unlisted(String group) {
        hook();
        unlisted.computeIfAbsent(group, key -> new AtomicInteger()).incrementAndGet();
    }

    void violation(String summary) {
        hook();
        violations.add(summary);
    }

    private synchronized void hook() {
        if (!hooked) {
            hooked = true;
            Runtime.getRuntime().addShutdownHook(new Thread(this::write, "openapi-contract-report"));
        }
    }

    String report() {
        StringBuilder text = new StringBuilder("OpenAPI contract check (docs/testing.md); undeclared error statuses ")
                .append(OpenApiContract.enforceUndeclaredErrors() ? "enforced" : "counted, not checked").append("\n\n");
        text.append("Operations called (responses checked / undeclared errors only counted):\n");
        operations.forEach((operation, counts) ->
                text.append("  ").append(operation).append("  ").append(counts[0]).append(" / ").append(counts[1]).append('\n'));
        text.append("\nError answers to paths or methods no document lists: ").append(new TreeMap<>(unlisted)).append('\n');
        text.append("\nDocumented operations no test called:\n");
        for (String operation : documented()) {
            if (!operations.containsKey(operation)) {
                text.append("  ").append(operation).append('\n');
            }
        }
        text.append("\nViolations: ").append(violations.size()).append('\n');
        violations.forEach(violation -> text.append("  ").append(violation).append('\n'));
        return text.toString();
    }

    private TreeSet<String> documented() {
        TreeSet<String> all = new TreeSet<>();
        for (VendorDocuments.Document document : documents.loaded()) {
            document.api().getPaths().forEach((path, item) -> {
                for (PathItem.HttpMethod method : item.readOperationsMap().keySet()) {
                    all.add(document.group() + " " + method + " " + path);
                }
            });
        }
        return all;
    }

    private void write() {
        try {
            Path file = Path.of("target", "openapi-contract", "report.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, report());
        } catch (IOException | RuntimeException e) {
            System.err.println("openapi-contract: report not written: " + e);
        }
    }
}
