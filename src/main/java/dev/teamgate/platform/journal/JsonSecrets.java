package dev.teamgate.platform.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Masks the values of secret-named properties of a JSON text, at any depth, with Jackson's
 * streaming parser: it reports where each value starts and ends, so the text is spliced and
 * keeps its formatting. A journaled body may be cut off at the body limit; a secret whose value
 * the cut leaves open is masked to the end.
 */
final class JsonSecrets {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonSecrets() {
    }

    /** The masked text, or null when {@code text} is not JSON at all (then it is treated as a form). */
    static String mask(String text, Predicate<String> isSecret, Predicate<String> mentionsSecret) {
        List<int[]> ranges = new ArrayList<>();
        int openSecretFrom = -1;
        int parsedUpTo = 0;
        boolean anyToken = false;
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                anyToken = true;
                parsedUpTo = (int) parser.currentLocation().getCharOffset();
                if (token != JsonToken.PROPERTY_NAME || !isSecret.test(parser.currentName())) {
                    continue;
                }
                openSecretFrom = (int) parser.currentLocation().getCharOffset();
                JsonToken value = parser.nextToken();
                int start = (int) parser.currentTokenLocation().getCharOffset();
                openSecretFrom = start;
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    parser.skipChildren();
                } else {
                    parser.finishToken(); // strings are read lazily: find where this one ends
                }
                int end = (int) parser.currentLocation().getCharOffset();
                openSecretFrom = -1;
                if (value != null && value != JsonToken.VALUE_NULL) {
                    ranges.add(new int[] {start, end, 0});
                }
            }
        } catch (JacksonException cutOffOrBroken) {
            if (!anyToken) {
                return null;
            }
            if (openSecretFrom >= 0) {
                ranges.add(new int[] {openSecretFrom, text.length(), 1});
            } else if (parsedUpTo < text.length() && mentionsSecret.test(text.substring(parsedUpTo))) {
                // Unparsable from here on (broken, or nested too deep): hide the rest rather than
                // risk showing a secret in it.
                ranges.add(new int[] {parsedUpTo, text.length(), 2});
            }
        }
        return splice(text, ranges);
    }

    private static String splice(String text, List<int[]> ranges) {
        if (ranges.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (int[] range : ranges) {
            if (range[0] < at || range[1] > text.length() || range[0] > range[1]) {
                continue;
            }
            out.append(text, at, range[0]);
            // An open range starts right after the property name, with or without its colon.
            boolean needsColon = range[2] == 1 && lastNonBlankBefore(text, range[0]) != ':';
            if (range[2] == 2) {
                out.append(SecretMasker.MASK);
            } else {
                out.append(needsColon ? ":" : "").append('"').append(SecretMasker.MASK).append('"');
            }
            at = range[1];
        }
        return out.append(text, at, text.length()).toString();
    }

    private static char lastNonBlankBefore(String text, int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return 0;
    }
}
