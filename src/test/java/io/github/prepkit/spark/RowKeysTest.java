package io.github.prepkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
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
}
