package io.github.prepkit.selection;

import java.util.ArrayList;
import java.util.List;

/** Turns a test-fold number per row into folds. */
final class Folds {

    private Folds() {
    }

    /** The folds in which row {@code i} is tested in fold {@code testFold[i]}; train and test rows ascending. */
    static List<Fold> fromAssignment(int[] testFold, int nSplits) {
        int[] testSizes = new int[nSplits];
        for (int fold : testFold) {
            testSizes[fold]++;
        }
        List<Fold> folds = new ArrayList<>(nSplits);
        for (int fold = 0; fold < nSplits; fold++) {
            int[] test = new int[testSizes[fold]];
            int[] train = new int[testFold.length - testSizes[fold]];
            int t = 0;
            int s = 0;
            for (int i = 0; i < testFold.length; i++) {
                if (testFold[i] == fold) {
                    test[s++] = i;
                } else {
                    train[t++] = i;
                }
            }
            folds.add(new Fold(train, test));
        }
        return folds;
    }
}
