package io.github.prepkit.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The rows of scikit-learn's {@code classification_report} computed once from {@link ClassCounts}, given as a table
 * or as the text scikit-learn prints; {@link ClassificationMetrics#classificationReport} documents both.
 */
final class ClassificationReport {

    /** The name of the report table's first column, which names each row. */
    static final String CLASS_COLUMN = "class";
    private static final String[] HEADERS = {"precision", "recall", "f1-score", "support"};
    private static final String WIDEST_HEADING = "weighted avg";
    private static final int CELL = 9;

    private final List<String> names = new ArrayList<>();
    private final List<double[]> scores = new ArrayList<>();
    private final List<Integer> supports = new ArrayList<>();
    private final int classes;

    private ClassificationReport(ClassCounts counts) {
        classes = counts.labels().count();
        for (int c = 0; c < classes; c++) {
            add(counts.labels().names().get(c), counts.precision(c), counts.recall(c), counts.f1(c), counts.support(c));
        }
        long total = counts.labels().size();
        add("accuracy", Double.NaN, Double.NaN, counts.average(Average.MICRO, ClassCounts::f1), total);
        for (Average average : List.of(Average.MACRO, Average.WEIGHTED)) {
            add(average + " avg", counts.average(average, ClassCounts::precision),
                    counts.average(average, ClassCounts::recall), counts.average(average, ClassCounts::f1), total);
        }
    }

    /** The report of {@code counts}. */
    static ClassificationReport of(ClassCounts counts) {
        return new ClassificationReport(counts);
    }

    private void add(String name, double precision, double recall, double f1, long support) {
        names.add(name);
        scores.add(new double[] {precision, recall, f1});
        supports.add(Math.toIntExact(support));
    }

    /** The report as a table: the row names, the three scores and the support. */
    Table table() {
        Table table = Table.create("classification report", StringColumn.create(CLASS_COLUMN, names));
        for (int k = 0; k < 3; k++) {
            int score = k;
            table.addColumns(DoubleColumn.create(HEADERS[k], scores.stream().mapToDouble(row -> row[score])));
        }
        return table.addColumns(IntColumn.create(HEADERS[3], supports.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** The report as scikit-learn's text, scores with {@code digits} decimals. */
    String text(int digits) {
        int width = Math.max(WIDEST_HEADING.length(), digits);
        for (int c = 0; c < classes; c++) {
            width = Math.max(width, names.get(c).length());
        }
        StringBuilder text = new StringBuilder(pad("", width)).append(' ');
        for (String header : HEADERS) {
            text.append(' ').append(pad(header, CELL));
        }
        text.append("\n\n");
        for (int row = 0; row < names.size(); row++) {
            if (row == classes) {
                text.append('\n');
            }
            text.append(pad(names.get(row), width)).append(' ');
            for (int k = 0; k < 3; k++) {
                boolean blank = row == classes && k < 2; // the accuracy row has no precision or recall
                text.append(' ').append(pad(blank ? "" : decimal(scores.get(row)[k], digits), CELL));
            }
            text.append(' ').append(pad(String.valueOf(supports.get(row)), CELL)).append('\n');
        }
        return text.toString();
    }

    /** {@code value} with {@code digits} decimals rounded half to even on its exact binary value, as Python's format. */
    private static String decimal(double value, int digits) {
        return new BigDecimal(value).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String pad(String text, int width) {
        return " ".repeat(Math.max(0, width - text.length())) + text;
    }
}
