package io.github.prepkit.linear;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import tech.tablesaw.api.Table;

/**
 * A seeded train/test split for the accuracy tests: the row indexes shuffled by {@code Collections.shuffle} with
 * {@code new Random(seed)}, the first ceil(n x testFraction) of them the test rows. scikit-learn's figures in the
 * tests were computed on exactly these rows (their indexes printed by {@link #testRows}).
 */
record SeededSplit(Table train, Table test) {

    static SeededSplit of(Table table, double testFraction, long seed) {
        int[] test = testRows(table.rowCount(), testFraction, seed);
        boolean[] isTest = new boolean[table.rowCount()];
        for (int i : test) {
            isTest[i] = true;
        }
        List<Integer> trainRows = new ArrayList<>();
        for (int i = 0; i < isTest.length; i++) {
            if (!isTest[i]) {
                trainRows.add(i);
            }
        }
        return new SeededSplit(table.rows(trainRows.stream().mapToInt(Integer::intValue).toArray()),
                table.rows(test));
    }

    static int[] testRows(int rows, double testFraction, long seed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        int size = (int) Math.ceil(rows * testFraction);
        return order.subList(0, size).stream().mapToInt(Integer::intValue).sorted().toArray();
    }
}
