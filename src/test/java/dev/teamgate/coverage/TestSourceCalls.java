package dev.teamgate.coverage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The HTTP calls the test sources make, found by reading them: REST Assured's
 * {@code .get(path)}, {@code .post(path)}, ... with the path a string literal, a {@code String}
 * constant of the same file, or a concatenation of both. Parts it cannot read (a variable, a
 * method call) stand for one or more path segments. A static scan, so the table is the same on
 * every run whichever tests ran; it misses calls spelled some other way (a path returned by a
 * method, a variable assigned later).
 */
final class TestSourceCalls {

    /** What an unreadable part of a path expression becomes. */
    static final String ANY = "\u0000";

    private static final Pattern CONSTANT =
            Pattern.compile("\\bString\\s+([A-Z][A-Z0-9_]*)\\s*=\\s*([^;]+);");
    /** Any {@code String} constant or local variable initialised where it is declared. */
    private static final Pattern LOCAL = Pattern.compile("\\bString\\s+(\\w+)\\s*=\\s*([^;]+);");
    private static final Pattern CALL =
            Pattern.compile("\\.(get|post|put|patch|delete)\\(\\s*((?:\"(?:[^\"\\\\]|\\\\.)*\"|[\\w.]+(?:\\([^()]*\\))?)"
                    + "(?:\\s*\\+\\s*(?:\"(?:[^\"\\\\]|\\\\.)*\"|[\\w.]+(?:\\([^()]*\\))?))*)");
    /** An initialiser made only of string literals and names joined by {@code +}. */
    private static final Pattern PURE = Pattern.compile("\\s*(?:\"(?:[^\"\\\\]|\\\\.)*\"|[\\w.]+)"
            + "(?:\\s*\\+\\s*(?:\"(?:[^\"\\\\]|\\\\.)*\"|[\\w.]+))*\\s*");
    private static final Pattern TERM = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"|([\\w.]+(?:\\([^()]*\\))?)");

    record Call(String method, String path, Path file) {
    }

    private TestSourceCalls() {
    }

    static List<Call> scan(Path testSources) throws IOException {
        Map<String, String> sources = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.walk(testSources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                sources.put(file.toString(), Files.readString(file));
            }
        }
        // Constants by simple name across all test sources (base classes hold many); twice, so a
        // constant built from another file's constant resolves too.
        Map<String, String> constants = new HashMap<>();
        for (int pass = 0; pass < 2; pass++) {
            for (String source : sources.values()) {
                Matcher constant = CONSTANT.matcher(source);
                while (constant.find()) {
                    constants.put(constant.group(1), initialValue(constant.group(2), constants));
                }
            }
        }
        List<Call> calls = new ArrayList<>();
        for (Map.Entry<String, String> file : sources.entrySet()) {
            // The file's own constants and local variables win over same-named ones elsewhere.
            Map<String, String> names = new HashMap<>(constants);
            Matcher local = LOCAL.matcher(file.getValue());
            while (local.find()) {
                names.put(local.group(1), initialValue(local.group(2), names));
            }
            Matcher call = CALL.matcher(file.getValue());
            while (call.find()) {
                String path = evaluate(call.group(2), names);
                if (path.startsWith("/")) {
                    calls.add(new Call(call.group(1).toUpperCase(java.util.Locale.ROOT), path, Path.of(file.getKey())));
                }
            }
        }
        return calls;
    }

    private static String initialValue(String expression, Map<String, String> names) {
        return PURE.matcher(expression).matches() ? evaluate(expression, names) : ANY;
    }

    private static String evaluate(String expression, Map<String, String> constants) {
        StringBuilder value = new StringBuilder();
        Matcher term = TERM.matcher(expression);
        while (term.find()) {
            if (term.group(1) != null) {
                value.append(term.group(1));
            } else {
                String name = term.group(2);
                value.append(constants.getOrDefault(name.substring(name.lastIndexOf('.') + 1), ANY));
            }
        }
        return value.toString();
    }

    /**
     * Whether this call's path can be a request to {@code operation}: its query is dropped, its
     * REST Assured path parameters ({@code {x}}) and unreadable parts may stand for anything, and
     * Flowdock's {@code /v1} alias counts as the plain path.
     */
    static boolean reaches(Call call, DocumentedOperation operation) {
        if (!call.method().equals(operation.method())) {
            return false;
        }
        String path = call.path();
        int query = path.indexOf('?');
        path = (query < 0 ? path : path.substring(0, query)).replaceAll("\\{[^}/]*}", ANY);
        Pattern documented = operation.pathPattern();
        String concrete = path.replace(ANY, "x");
        if (documented.matcher(concrete).matches()
                || documented.matcher(concrete.replaceFirst("^/flowdock/v1/", "/flowdock/")).matches()) {
            return true;
        }
        if (!path.contains(ANY)) {
            return false;
        }
        // An unreadable part inside the path may stand for several segments ("acme/my-flow").
        StringBuilder loose = new StringBuilder("^");
        String[] pieces = path.split(ANY, -1);
        for (int i = 0; i < pieces.length; i++) {
            loose.append(Pattern.quote(pieces[i]));
            if (i < pieces.length - 1) {
                loose.append(i < pieces.length - 2 || !pieces[pieces.length - 1].isEmpty() ? ".+" : "[^/]+");
            }
        }
        return Pattern.compile(loose.append("$").toString()).matcher(operation.samplePath("x")).matches();
    }
}
