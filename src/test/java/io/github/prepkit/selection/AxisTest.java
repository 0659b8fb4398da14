package io.github.prepkit.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AxisTest {

    @Test
    void valuesMakeAChoiceAndADistributionIsKept() {
        assertEquals(Optional.of(List.of(1, 3, 5)), Axis.of("k", 1, 3, 5).distribution().values());
        assertEquals(Optional.of(List.of(2, 4)), Axis.of("k", List.of(2, 4)).distribution().values());
        Distribution<Double> uniform = Distribution.uniform(0, 1);
        assertEquals(uniform, Axis.of("x", uniform).distribution());
        assertEquals("k", Axis.of("k", 1).name());
    }

    @Test
    void aBlankOrMissingNameAndNoValuesFail() {
        assertThrows(IllegalArgumentException.class, () -> Axis.of(" ", 1));
        assertThrows(IllegalArgumentException.class, () -> Axis.of(null, 1));
        assertThrows(IllegalArgumentException.class, () -> Axis.of("k", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Axis<>("k", null));
    }
}
