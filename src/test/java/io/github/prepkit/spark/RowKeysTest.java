package io.github.prepkit.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class RowKeysTest {

    @Test
    void rowIHasTheKeyASplittableRandomDrawsAfterIDraws() {
        for (long seed : new long[] {0, 8, -3, Long.MAX_VALUE}) {
            SplittableRandom random = new SplittableRandom(seed);
            for (long row = 0; row < 1000; row++) {
                assertEquals(random.nextLong(), RowKeys.key(seed, row), "seed " + seed + ", row " + row);
            }
        }
    }

    @Test
    void eachPartitionStartsWhereTheOnesBeforeItEnd() {
        assertArrayEquals(new long[] {0, 4, 4, 11}, RowKeys.offsets(new long[] {4, 0, 7, 2}));
        assertArrayEquals(LongStream.empty().toArray(), RowKeys.offsets(new long[0]));
    }
}
