package dev.teamgate.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.teamgate.support.ServerTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Keeps docs/coverage.md true: it is generated from the documented operations, the server's
 * request mappings and the test sources, and this test fails when the committed file differs.
 * With {@code -Dteamgate.coverage.write=true} it writes the file instead.
 */
class CoverageTableServerTest extends ServerTest {

    private static final Path TABLE = Path.of("docs/coverage.md");
    private static final Path TEST_SOURCES = Path.of("src/test/java");
    /** Values tried for path variables: a number, a name, a UUID (mappings may constrain them). */
    private static final List<String> SAMPLES = List.of("1", "acme", "e5a1cfbd-970e-45a1-b81c-3e004f9bdab5");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void theCommittedCoverageTableIsCurrent() throws Exception {
        List<DocumentedOperation> operations = DocumentedOperation.load();
        List<TestSourceCalls.Call> calls = TestSourceCalls.scan(TEST_SOURCES);
        String table = CoverageTable.render(operations, this::served, op -> tested(op, calls));

        if (Boolean.getBoolean("teamgate.coverage.write")) {
            Files.writeString(TABLE, table, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(TABLE, StandardCharsets.UTF_8))
                .as("docs/coverage.md is stale: run ./mvnw -B test -Dtest=CoverageTableServerTest "
                        + "-Dteamgate.coverage.write=true and commit it")
                .isEqualTo(table);
    }

    private boolean served(DocumentedOperation operation) {
        RequestMethod method = RequestMethod.valueOf(operation.method());
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(method) || info.getPathPatternsCondition() == null) {
                continue;
            }
            for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                for (String sample : SAMPLES) {
                    if (pattern.matches(PathContainer.parsePath(operation.samplePath(sample)))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean tested(DocumentedOperation operation, List<TestSourceCalls.Call> calls) {
        if (operation.testedBy() != null) {
            return mentionedInVendorTests(operation.vendor(), operation.testedBy());
        }
        return calls.stream().anyMatch(call -> TestSourceCalls.reaches(call, operation));
    }

    private static boolean mentionedInVendorTests(String vendor, Pattern evidence) {
        try (var files = Files.list(TEST_SOURCES.resolve("dev/teamgate").resolve(vendor))) {
            for (Path file : files.filter(f -> f.toString().endsWith("ServerTest.java")).toList()) {
                if (evidence.matcher(Files.readString(file)).find()) {
                    return true;
                }
            }
            return false;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
