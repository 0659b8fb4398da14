package io.github.prepkit.selection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;

class StratifiedKFoldTest {

    private final StringColumn labels = StringColumn.create("y", "aabbbcccccaab".split(""));

    @Test
    void unshuffledFoldsAreScikitLearnsExactly() {
        // StratifiedKFold(3).split(X, list('aabbbcccccaab')) tests [0, 1, 2, 5, 6], [3, 4, 7, 10], [8, 9, 11, 12]
        List<Fold> folds = new StratifiedKFold().nSplits(3).split(labels);
        assertArrayEquals(new int[] {0, 1, 2, 5, 6}, folds.get(0).test());
        assertArrayEquals(new int[] {3, 4, 7, 10}, folds.get(1).test());
        assertArrayEquals(new int[] {8, 9, 11, 12}, folds.get(2).test());
    }

    @Test
    void shuffledFoldsKeepTheClassCountsAndDependOnTheSeed() {
        List<Fold> shuffled = new StratifiedKFold().nSplits(3).shuffle(true).seed(1).split(labels);
        List<Fold> plain = new StratifiedKFold().nSplits(3).split(labels);
        for (int f = 0; f < 3; f++) {
            assertArrayEquals(classCounts(plain.get(f).test()), classCounts(shuffled.get(f).test()));
        }
        int[] tested = shuffled.stream().flatMapToInt(fold -> Arrays.stream(fold.test())).sorted().toArray();
        assertArrayEquals(IntStream.range(0, 13).toArray(), tested);
        assertEquals(shuffled, new StratifiedKFold().nSplits(3).shuffle(true).seed(1).split(labels));
        assertNotEquals(shuffled, new StratifiedKFold().nSplits(3).shuffle(true).seed(2).split(labels));
    }

    private int[] classCounts(int[] rows) {
        int[] counts = new int[3];
        for (int row : rows) {
            counts[labels.get(row).charAt(0) - 'a']++;
        }
        return counts;
    }

    @Test
    void tooManyFoldsForEveryClassFails() {
        assertEquals("StratifiedKFold: nSplits (6) cannot exceed the rows of the largest class of 'y' (5)",
                assertThrows(IllegalArgumentException.class, () -> new StratifiedKFold().nSplits(6).split(labels)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new StratifiedKFold().nSplits(1));
    }

    @Test
    void aClassWithFewerRowsThanFoldsIsAOneLineWarningNamingIt() {
        Logger logger = Logger.getLogger(StratifiedKFold.class.getName());
        List<String> warnings = new ArrayList<>();
        logger.setFilter(record -> {
            warnings.add(record.getLevel() + " " + new SimpleFormatter().formatMessage(record));
            return false;   // kept off the console
        });
        try {
            new StratifiedKFold().nSplits(5).split(labels);
        } finally {
            logger.setFilter(null);
        }
        assertEquals(List.of("WARNING StratifiedKFold: the smallest class of 'y' has 4 rows, fewer than nSplits=5"),
                warnings);
    }
}
