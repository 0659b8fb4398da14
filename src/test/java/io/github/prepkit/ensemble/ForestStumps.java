package io.github.prepkit.ensemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.tree.Tree;
import java.util.List;
import java.util.stream.IntStream;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * What the forest models' tests share: a table of two features on which every stump is known by hand, the forest's
 * split between stumps on either feature, and a seed that leaves no row out of bag.
 */
final class ForestStumps {

    private ForestStumps() {
    }

    /** x = 1..4 and z = 0 0 1 0, then {@code target} (4 rows). */
    static Table table(Column<?> target) {
        return Table.create("t", DoubleColumn.create("x", new double[] {1, 2, 3, 4}),
                DoubleColumn.create("z", new double[] {0, 0, 1, 0}), target);
    }

    /** The rows (x 4, z 0) and (x 0, z 5), off the training rows. */
    static Table queries() {
        return Table.create("q", DoubleColumn.create("x", new double[] {4, 0}),
                DoubleColumn.create("z", new double[] {0, 5}));
    }

    /**
     * How many of {@code trees} split their root on x and how many on z; fails unless every tree splits on one of
     * them and both turn up (with 20 trees drawing one feature of two at random, all alike has odds 2 in 2^20).
     */
    static long[] rootSplits(List<Tree> trees) {
        long onX = trees.stream().filter(tree -> tree.feature(0) == 0).count();
        long onZ = trees.stream().filter(tree -> tree.feature(0) == 1).count();
        assertEquals(trees.size(), onX + onZ);
        assertTrue(onX > 0 && onZ > 0, onX + " stumps on x, " + onZ + " on z");
        return new long[] {onX, onZ};
    }

    /** The first seed whose first tree, on 2 rows, draws each row once, so that no row is left out of bag. */
    static long seedDrawingBothRows() {
        return IntStream.range(0, 100).filter(seed -> Forest.bootstrap(2, seed, 0)[0] == 1).findFirst().orElseThrow();
    }
}
