package io.github.prepkit.internal.tree;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class ClassProbabilitiesTest {

    @Test
    void buildsOneColumnPerClass() {
        Table table = ClassProbabilities.table(List.of("a", "b"), new double[] {0.25, 0.75, 1, 0});
        assertEquals(List.of("a", "b"), table.columnNames());
        assertArrayEquals(new double[] {0.25, 1}, table.doubleColumn("a").asDoubleArray());
        assertArrayEquals(new double[] {0.75, 0}, table.doubleColumn("b").asDoubleArray());
    }

    @Test
    void mostProbableBreaksTiesTowardsTheLowestClass() {
        assertArrayEquals(new int[] {2, 0, 1},
                ClassProbabilities.mostProbable(new double[] {0.1, 0.2, 0.7, 0.4, 0.4, 0.2, 0.3, 0.4, 0.3}, 3));
    }
}
