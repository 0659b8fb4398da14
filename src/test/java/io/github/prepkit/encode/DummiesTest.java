package io.github.prepkit.encode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.prepkit.reference.TableAssertions;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class DummiesTest {

    private static Table table() {
        return OneHotEncoderTest.table();
    }

    @Test
    void encodesEveryStringColumnWhenNoneIsNamed() {
        Table dummies = Dummies.getDummies(table());
        assertEquals(List.of("id", "color_blue", "color_green", "color_red", "n", "k"), dummies.columnNames());
        assertArrayEquals(new int[] {1, 0, 1, 0, 0}, dummies.intColumn("color_red").asIntArray());
    }

    @Test
    void encodesTheNamedColumnsLikeTheEncoder() {
        TableAssertions.assertTableClose(new OneHotEncoder().columns("color", "k").fitTransform(table()),
                Dummies.getDummies(table(), "color", "k"), 0);
    }

    @Test
    void optionsAreDropFirstAndDummyNa() {
        Dummies.Options options = Dummies.options().dropFirst(true).dummyNa(true);
        assertEquals(new Dummies.Options(true, true), options);
        assertEquals(new Dummies.Options(false, false), Dummies.options());
        Table dummies = Dummies.getDummies(table(), options, "color");
        assertEquals(List.of("id", "color_green", "color_red", "color_nan", "n", "k"), dummies.columnNames());
        assertArrayEquals(new int[] {0, 0, 0, 0, 1}, dummies.intColumn("color_nan").asIntArray());
    }

    @Test
    void theInputTableIsNotModified() {
        Table input = table();
        Dummies.getDummies(input, Dummies.options().dummyNa(true), "color", "n");
        TableAssertions.assertTableClose(table(), input, 0);
    }

    @Test
    void badInputFailsAsTheEncoder() {
        assertEquals("OneHotEncoder: cannot fit on an empty table (0 rows)",
                assertThrows(IllegalArgumentException.class, () -> Dummies.getDummies(table().emptyCopy())).getMessage());
        assertEquals("options must not be null",
                assertThrows(IllegalArgumentException.class, () -> Dummies.getDummies(table(), (Dummies.Options) null, "color")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Dummies.getDummies(table(), "size"));
    }
}
