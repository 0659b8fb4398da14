package io.github.prepkit.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SplitSizeTest {

    @Test
    void fractionsRoundUpForTestAndDownForTrain() {
        assertEquals(4, SplitSize.fraction(0.3).of(11, true));
        assertEquals(3, SplitSize.fraction(0.3).of(11, false));
        assertEquals(3, SplitSize.count(3).of(11, true));
        assertEquals("0.3", SplitSize.fraction(0.3).toString());
        assertEquals("3", SplitSize.count(3).toString());
    }

    @Test
    void rejectsFractionsOutsideTheOpenIntervalAndCountsBelowOne() {
        assertThrows(IllegalArgumentException.class, () -> SplitSize.fraction(1.0));
        assertThrows(IllegalArgumentException.class, () -> SplitSize.fraction(0));
        assertEquals("a split count must be a whole number of at least 1, found 0.0",
                assertThrows(IllegalArgumentException.class, () -> SplitSize.count(0)).getMessage());
    }
}
