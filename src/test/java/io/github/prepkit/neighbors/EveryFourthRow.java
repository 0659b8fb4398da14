package io.github.prepkit.neighbors;

import io.github.prepkit.data.Datasets;
import java.util.stream.IntStream;
import tech.tablesaw.api.Table;

/**
 * The fixed split the bundled-data tests share with their scikit-learn figures: rows 3, 7, 11... (index % 4 == 3)
 * are the test part, the others the training part, so that both sides see the very same rows.
 *
 * @param train the rows whose index % 4 != 3
 * @param test  the rows whose index % 4 == 3
 */
record EveryFourthRow(Table train, Table test) {

    /** The split of bundled data set {@code name}. */
    static EveryFourthRow of(String name) {
        Table data = Datasets.load(name);
        int[] train = IntStream.range(0, data.rowCount()).filter(i -> i % 4 != 3).toArray();
        int[] test = IntStream.range(0, data.rowCount()).filter(i -> i % 4 == 3).toArray();
        return new EveryFourthRow(data.rows(train), data.rows(test));
    }
}
