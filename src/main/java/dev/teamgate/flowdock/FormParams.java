package dev.teamgate.flowdock;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns form parameters into the same tree a JSON body gives, the way Rails (which served the real
 * API) reads them: {@code thread[title]=x} nests, {@code tags[]=a&tags[]=b} makes a list and
 * {@code thread[fields][][label]=..} a list of objects. A repeated plain name keeps its first value.
 */
final class FormParams {

    private FormParams() {
    }

    static void putAll(ObjectNode target, Map<String, String[]> parameters, ObjectMapper json) {
        for (Map.Entry<String, String[]> entry : parameters.entrySet()) {
            List<String> path = split(entry.getKey());
            if (path.isEmpty()) {
                continue;
            }
            String[] values = entry.getValue();
            int count = path.contains("") ? values.length : Math.min(1, values.length);
            for (int i = 0; i < count; i++) {
                put(target, path, values[i], i);
            }
        }
    }

    /** {@code a[b][]} → {@code [a, b, ""]}; a malformed name is taken literally. */
    static List<String> split(String name) {
        int open = name.indexOf('[');
        if (open <= 0 || !name.endsWith("]")) {
            return List.of(name);
        }
        List<String> parts = new ArrayList<>();
        parts.add(name.substring(0, open));
        String rest = name.substring(open);
        while (!rest.isEmpty()) {
            if (rest.charAt(0) != '[') {
                return List.of(name);
            }
            int close = rest.indexOf(']');
            if (close < 0) {
                return List.of(name);
            }
            parts.add(rest.substring(1, close));
            rest = rest.substring(close + 1);
        }
        return parts;
    }

    /**
     * Puts the {@code index}-th value of a name. The servlet API groups values by name, so
     * {@code f[][label]=a&f[][value]=1&f[][label]=b&f[][value]=2} arrives as {@code label: [a, b]}
     * and {@code value: [1, 2]}: the i-th value of each belongs to the i-th object of the list.
     */
    private static void put(ObjectNode target, List<String> path, String value, int index) {
        JsonNode current = target;
        for (int i = 0; i < path.size(); i++) {
            String key = path.get(i);
            boolean last = i == path.size() - 1;
            if (current instanceof ObjectNode object) {
                if (last) {
                    if (!object.has(key)) {
                        object.put(key, value);
                    }
                    return;
                }
                String next = path.get(i + 1);
                JsonNode child = object.get(key);
                if (next.isEmpty() && !(child instanceof ArrayNode)) {
                    child = object.putArray(key);
                } else if (!next.isEmpty() && !(child instanceof ObjectNode)) {
                    child = object.putObject(key);
                }
                current = child;
            } else if (current instanceof ArrayNode array) {
                if (last) {
                    array.add(value);
                    return;
                }
                while (array.size() <= index) {
                    array.addObject();
                }
                current = array.get(index);
            } else {
                return;
            }
        }
    }
}
