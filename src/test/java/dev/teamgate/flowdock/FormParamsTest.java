package dev.teamgate.flowdock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Form fields read the way Rails read them, so form posts reach the same fields as JSON ones. */
class FormParamsTest {

    final ObjectMapper json = JsonMapper.builder().build();

    private String tree(Map<String, String[]> form) {
        ObjectNode node = json.createObjectNode();
        FormParams.putAll(node, form, json);
        return node.toString();
    }

    @Test
    void nestsBracketedNamesAndCollectsLists() {
        Map<String, String[]> form = new LinkedHashMap<>();
        form.put("event", new String[] {"activity"});
        form.put("author[name]", new String[] {"bot"});
        form.put("thread[status][color]", new String[] {"green"});
        form.put("tags[]", new String[] {"a", "b"});
        form.put("thread[fields][][label]", new String[] {"repo", "branch"});
        form.put("thread[fields][][value]", new String[] {"teamgate", "main"});
        assertThat(tree(form)).isEqualTo("{\"event\":\"activity\",\"author\":{\"name\":\"bot\"},"
                + "\"thread\":{\"status\":{\"color\":\"green\"},\"fields\":[{\"label\":\"repo\",\"value\":\"teamgate\"},"
                + "{\"label\":\"branch\",\"value\":\"main\"}]},\"tags\":[\"a\",\"b\"]}");
    }

    @Test
    void aRepeatedPlainNameKeepsItsFirstValueAndOddNamesAreLiteral() {
        Map<String, String[]> form = new LinkedHashMap<>();
        form.put("content", new String[] {"first", "second"});
        form.put("weird[name", new String[] {"x"});
        assertThat(tree(form)).isEqualTo("{\"content\":\"first\",\"weird[name\":\"x\"}");
    }
}
