package io.github.prepkit.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void parsesNestedObjectsKeepingIntegersApartFromDecimals() {
        Object parsed = Json.parse("{\"a\": [1, 2.5, -3e2], \"b\": {\"c\": \"x\\\"y\\u00e9\"}, \"d\": true, \"e\": null}");
        Map<?, ?> object = (Map<?, ?>) parsed;
        assertEquals(List.of(1L, 2.5, -300.0), object.get("a"));
        assertEquals(Map.of("c", "x\"yé"), object.get("b"));
        assertEquals(Boolean.TRUE, object.get("d"));
        assertNull(object.get("e"));
        assertEquals(Arrays.asList("a", "b", "d", "e"), List.copyOf(object.keySet()));
    }

    @Test
    void parsesEmptyContainers() {
        assertEquals(Map.of(), Json.parse(" {} "));
        assertEquals(List.of(), Json.parse("[]"));
    }

    @Test
    void rejectsMalformedInputNamingTheOffset() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\" 1}"));
        assertEquals("JSON: expected ':' at offset 5", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Json.parse("[1] 2"));
    }
}
