package io.github.prepkit.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;

class PairedLabelsTest {

    @Test
    void classesAreTheSortedUnionOfBothColumns() {
        PairedLabels labels = PairedLabels.of(StringColumn.create("y", "b", "a", "b"), StringColumn.create("p", "c", "a", "a"));
        assertEquals(List.of("a", "b", "c"), labels.names());
        assertEquals(3, labels.count());
        assertEquals(3, labels.size());
        assertArrayEquals(new long[][] {{1, 0, 0}, {1, 0, 1}, {0, 0, 0}}, labels.confusion());
        assertEquals(1, labels.indexOf("b"));
        assertEquals(-1, labels.indexOf("z"));
    }

    @Test
    void numbersCompareByValueWhateverTheirType() {
        PairedLabels labels = PairedLabels.of(IntColumn.create("y", 10, 2, 0), DoubleColumn.create("p", 2.0, -0.0, 10.0));
        assertEquals(List.of("0", "2", "10"), labels.names(), "sorted numerically; -0.0 is the class 0");
        assertEquals(2, labels.indexOf(10L));
        assertEquals(0, labels.indexOf(-0.0));
        assertEquals("the labels are numeric, so the positive label must be a number, found 2 (String)",
                assertThrows(IllegalArgumentException.class, () -> labels.indexOf("2")).getMessage());
    }

    @Test
    void nonNumericColumnsMustShareTheirType() {
        assertThrows(IllegalArgumentException.class,
                () -> PairedLabels.of(BooleanColumn.create("y", new boolean[] {true}), StringColumn.create("p", "true")));
        assertThrows(IllegalArgumentException.class,
                () -> PairedLabels.of(DoubleColumn.create("y", 1.0), StringColumn.create("p", "1")));
    }
}
