package io.github.prepkit.internal.tree;

import io.github.prepkit.internal.data.Checks;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * Class probabilities held row-major ({@code rows x classes}) and what classifiers make of them: the table
 * {@code predictProba} returns and the most probable class of each row.
 */
public final class ClassProbabilities {

    private ClassProbabilities() {
    }

    /** A table with one double column per class, named as {@code classes}, from the row-major {@code probabilities}. */
    public static Table table(List<String> classes, double[] probabilities) {
        Checks.notNull(classes, "classes");
        Checks.notNull(probabilities, "probabilities");
        int k = classes.size();
        int rows = probabilities.length / k;
        Table table = Table.create("probabilities");
        for (int c = 0; c < k; c++) {
            double[] column = new double[rows];
            for (int i = 0; i < rows; i++) {
                column[i] = probabilities[i * k + c];
            }
            table.addColumns(DoubleColumn.create(classes.get(c), column));
        }
        return table;
    }

    /** Each row's most probable class index; a tie goes to the lowest index, as numpy's argmax. */
    public static int[] mostProbable(double[] probabilities, int classes) {
        int rows = probabilities.length / classes;
        int[] best = new int[rows];
        for (int i = 0; i < rows; i++) {
            int offset = i * classes;
            int top = 0;
            for (int c = 1; c < classes; c++) {
                if (probabilities[offset + c] > probabilities[offset + top]) {
                    top = c;
                }
            }
            best[i] = top;
        }
        return best;
    }
}
