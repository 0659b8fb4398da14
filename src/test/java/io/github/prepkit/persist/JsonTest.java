package io.github.prepkit.persist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    private static Object parse(String json) {
        return Json.parse(json.getBytes(StandardCharsets.UTF_8), "e.json");
    }

    private static String refusal(String json) {
        return assertThrows(ModelFileException.class, () -> parse(json)).getMessage();
    }

    @Test
    void valuesBecomeMapsListsAndBoxedScalarsInFileOrder() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("z", 1L);
        expected.put("a", Arrays.asList(1.5, "x", true, null));
        assertEquals(expected, parse("{\"z\": 1, \"a\": [1.5, \"x\", true, null]}"));
        assertEquals(List.of("z", "a"), List.copyOf(((Map<?, ?>) parse("{\"z\": 1, \"a\": 2}")).keySet()));
    }

    @Test
    void writingIsDeterministicIndentedAndReadsBack() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("name", "x\"y");
        tree.put("values", List.of(1.0, -0.0, Double.NaN, Double.NEGATIVE_INFINITY, 3L));
        byte[] bytes = Json.write(tree);
        assertArrayEquals(bytes, Json.write(tree));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertEquals("{\n  \"name\" : \"x\\\"y\",\n  \"values\" : [ 1.0, -0.0, \"NaN\", \"-Infinity\", 3 ]\n}\n", text);
        Map<?, ?> back = (Map<?, ?>) Json.parse(bytes, "t");
        assertEquals(List.of(1.0, -0.0, "NaN", "-Infinity", 3L), back.get("values"));
    }

    @Test
    void badJsonRepeatedKeysHugeIntegersAndDepthAreRefusedNamingTheEntry() {
        assertTrue(refusal("{\"a\": 1,}").startsWith("e.json: not valid JSON: "), refusal("{\"a\": 1,}"));
        assertTrue(refusal("{\"a\": 1, \"a\": 2}").contains("Duplicate field 'a'"), refusal("{\"a\": 1, \"a\": 2}"));
        assertEquals("e.json: integer 123456789012345678901234567890 is too large, at line 1, column 31",
                refusal("123456789012345678901234567890"));
        assertTrue(refusal("1 2").startsWith("e.json: more than one JSON value"), refusal("1 2"));
        assertEquals("e.json: empty, expected a JSON value", refusal(""));
        assertTrue(refusal("[".repeat(65) + "]".repeat(65)).contains("nesting depth (65) exceeds the maximum allowed (64"));
        assertEquals(64, ((List<?>) drill(parse("[".repeat(64) + "]".repeat(64)), 63)).size() + 64, "64 levels are fine");
    }

    private static Object drill(Object value, int levels) {
        Object current = value;
        for (int i = 0; i < levels; i++) {
            current = ((List<?>) current).get(0);
        }
        return current;
    }
}
