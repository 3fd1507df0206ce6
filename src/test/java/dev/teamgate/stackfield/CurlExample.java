package dev.teamgate.stackfield;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One curl command from Stackfield's developer page, read the way its author meant it: the
 * {@code -d} body is everything between the first quote after {@code -d} and the last quote
 * before the URL, exactly as printed. (A shell would read it differently: the apostrophe in
 * {@code That's} closes the quote, so the printed commands do not even run when pasted.)
 */
record CurlExample(String section, String method, Map<String, String> headers, String body, String filePart,
                   String filePath, String url) {

    static final String RESOURCE = "/contracts/stackfield/docs-curl-examples.txt";

    private static final Pattern METHOD = Pattern.compile(" -X (\\w+) ");
    private static final Pattern HEADER = Pattern.compile(" -H '([^':]+):\\s*([^']*)'");
    private static final Pattern FORM_FILE = Pattern.compile(" -F '([^=]+)=@([^']*)'");

    static List<CurlExample> all() {
        List<CurlExample> examples = new ArrayList<>();
        String section = null;
        for (String line : read().split("\n")) {
            if (line.startsWith("## ")) {
                section = line.substring(3).trim();
            } else if (line.startsWith("curl ")) {
                examples.add(parse(section, line));
            }
        }
        return examples;
    }

    static CurlExample of(String section) {
        return all().stream().filter(e -> e.section().equals(section)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no example under " + section));
    }

    static CurlExample parse(String section, String line) {
        Matcher method = METHOD.matcher(line);
        Map<String, String> headers = new LinkedHashMap<>();
        Matcher header = HEADER.matcher(line);
        while (header.find()) {
            headers.put(header.group(1), header.group(2));
        }
        String body = null;
        int data = line.indexOf(" -d '");
        if (data >= 0) {
            body = line.substring(data + 5, line.lastIndexOf('\''));
        }
        Matcher file = FORM_FILE.matcher(line);
        boolean hasFile = file.find();
        String url = line.substring(line.lastIndexOf(' ') + 1);
        return new CurlExample(section, method.find() ? method.group(1) : "POST", headers, body,
                hasFile ? file.group(1) : null, hasFile ? file.group(2) : null, url);
    }

    /** The URL's path ({@code /apiwh/<uuid>}). */
    String path() {
        return URI.create(url).getPath();
    }

    /** The name curl sends for {@code -F 'File=@C:\Pictures\MyImage.jpg'}: the file's base name. */
    String fileName() {
        return filePath.substring(Math.max(filePath.lastIndexOf('\\'), filePath.lastIndexOf('/')) + 1);
    }

    private static String read() {
        try (InputStream in = CurlExample.class.getResourceAsStream(RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
