package io.github.prepkit.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartitionRowsTest {

    @Test
    void eachPartitionStartsWhereTheOnesBeforeItEnd() {
        assertArrayEquals(new long[] {0, 4, 4, 11}, PartitionRows.offsets(new long[] {4, 0, 7, 2}));
        assertArrayEquals(new long[0], PartitionRows.offsets(new long[0]));
    }

    @Test
    void theFirstInfiniteValueIsNamedByItsRowOverThePartitions() {
        List<PartitionRows> partitions = List.of(new PartitionRows(0, 5, new long[] {-1, -1}),
                new PartitionRows(1, 3, new long[] {-1, 2}), new PartitionRows(2, 4, new long[] {1, 0}));
        assertEquals("Step: column 'a' has an infinite value in row 9", assertThrows(IllegalArgumentException.class,
                () -> PartitionRows.requireFinite(partitions, List.of("a", "b"), "Step", "column")).getMessage());
    }
}
