package io.github.prepkit.impute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnNamesTest {

    @Test
    void copiesAValidList() {
        List<String> names = new ArrayList<>(List.of("a", "b"));
        List<String> copy = ColumnNames.copyOf(names, "Step");
        names.add("c");
        assertEquals(List.of("a", "b"), copy);
        assertThrows(UnsupportedOperationException.class, () -> copy.add("d"));
    }

    @Test
    void rejectsNullNullNamesAndRepeats() {
        assertEquals("Step columns must not be null", assertThrows(IllegalArgumentException.class,
                () -> ColumnNames.copyOf(null, "Step")).getMessage());
        List<String> withNull = Arrays.asList("a", null);
        assertEquals("Step: columns must not contain null, found [a, null]", assertThrows(
                IllegalArgumentException.class, () -> ColumnNames.copyOf(withNull, "Step")).getMessage());
        assertEquals("Step: column 'a' is listed twice in columns [a, b, a]", assertThrows(
                IllegalArgumentException.class, () -> ColumnNames.copyOf(List.of("a", "b", "a"), "Step")).getMessage());
    }
}
