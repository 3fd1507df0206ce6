package dev.teamgate.coverage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One operation a vendor documents, from {@code coverage/documented-operations.txt}.
 *
 * @param path     Teamgate's main-port path, {@code {name}} for a path variable
 * @param testedBy a regular expression searched in the vendor's test sources instead of the path
 *                 (operations that share a path), or null
 */
record DocumentedOperation(String vendor, String method, String path, String name, String source,
                           @Nullable Pattern testedBy) {

    static final String RESOURCE = "/coverage/documented-operations.txt";

    static List<DocumentedOperation> load() throws IOException {
        try (InputStream in = DocumentedOperation.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            List<DocumentedOperation> operations = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\\|", -1);
                if (cells.length != 6) {
                    throw new IllegalStateException("expected 6 cells: " + line);
                }
                String testedBy = cells[5].trim();
                operations.add(new DocumentedOperation(cells[0].trim(), cells[1].trim(), cells[2].trim(),
                        cells[3].trim(), cells[4].trim(), testedBy.isEmpty() ? null : Pattern.compile(testedBy)));
            }
            return operations;
        }
    }

    /** The path with each variable replaced by {@code value}, as a request would spell it. */
    String samplePath(String value) {
        return path.replaceAll("\\{[^}/]+}", value);
    }

    /** Matches a concrete path of this operation (variables: one segment each). */
    Pattern pathPattern() {
        StringBuilder regex = new StringBuilder("^");
        for (String part : path.split("(?=\\{)|(?<=})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex.append("$").toString());
    }
}
