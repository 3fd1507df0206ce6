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
            for (String value : entry.getValue()) {
                put(target, path, value, json);
                if (!path.contains("")) {
                    break;
                }
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

    private static void put(ObjectNode target, List<String> path, String value, ObjectMapper json) {
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
                // key is "" here: append a value, or fill the last object until one of its keys repeats
                if (last) {
                    array.add(value);
                    return;
                }
                String next = path.get(i + 1);
                JsonNode lastItem = array.isEmpty() ? null : array.get(array.size() - 1);
                if (!(lastItem instanceof ObjectNode item) || item.has(next)) {
                    lastItem = array.addObject();
                }
                current = lastItem;
            } else {
                return;
            }
        }
    }
}
