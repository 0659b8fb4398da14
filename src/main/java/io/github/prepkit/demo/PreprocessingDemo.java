package io.github.prepkit.demo;

import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.encode.HandleUnknown;
import io.github.prepkit.encode.OneHotEncoder;
import io.github.prepkit.encode.OneHotEncoderModel;
import io.github.prepkit.impute.IterativeImputer;
import io.github.prepkit.impute.IterativeImputerModel;
import io.github.prepkit.impute.KNNImputer;
import io.github.prepkit.impute.SimpleImputer;
import io.github.prepkit.impute.SimpleImputerModel;
import io.github.prepkit.outliers.IqrDetector;
import io.github.prepkit.outliers.MahalanobisDetector;
import io.github.prepkit.outliers.MahalanobisDetectorModel;
import io.github.prepkit.outliers.OutlierModel;
import io.github.prepkit.outliers.ZScoreDetector;
import io.github.prepkit.plot.XYPlot;
import io.github.prepkit.scale.MinMaxScaler;
import io.github.prepkit.scale.RobustScaler;
import io.github.prepkit.scale.StandardScaler;
import io.github.prepkit.scale.StandardScalerModel;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The {@code preprocessing} topic: imputation, encoding, scaling and outlier detection on the bundled tables,
 * showing what each fitted step learned. Writes the outlier chart to {@code target/charts/}.
 */
final class PreprocessingDemo {

    /** The wine columns that get missing values injected, and how many of their cells. */
    private static final List<String> DAMAGED = List.of("alcohol", "malic_acid", "flavanoids", "color_intensity", "proline");
    private static final double MISSING_FRACTION = 0.1;

    private PreprocessingDemo() {
    }

    static void run(PrintStream out) {
        Tour tour = new Tour(out);
        cheesePrices(tour);
        wineImputation(tour, out);
        encoding(tour);
        scaling(tour, out);
        outliers(tour, out);
    }

    private static void cheesePrices(Tour tour) {
        Table cheeses = Datasets.load("california_cheeses");
        SimpleImputerModel imputer = new SimpleImputer().strategy(SimpleImputer.Strategy.MEDIAN).addIndicator(true).fit(cheeses);
        tour.heading("SimpleImputer: median prices with a missing-value indicator");
        tour.question("Fill the missing cheese prices with the median and keep track of which were filled.");
        tour.input(cheeses);
        tour.answer("learned " + imputer.columns() + " -> " + imputer.statistics() + "; indicators " + imputer.indicatorColumns());
        tour.answer(imputer.transform(cheeses).first(6));
    }

    private static void wineImputation(Tour tour, PrintStream out) {
        Table wine = Datasets.load("wine").removeColumns("cultivar");
        Table damaged = injectMissing(wine, 7);
        tour.heading("Three imputers on wine with 10 % of five columns removed");
        tour.question("Which imputer gets closest to the values we removed?");
        tour.input("wine, 178 rows; missing cells per column: " + DAMAGED.stream()
                .map(c -> c + " " + damaged.column(c).countMissing()).toList());
        Table byMean = new SimpleImputer().fitTransform(damaged);
        Table byNeighbours = new KNNImputer().nNeighbors(5).fitTransform(damaged);
        IterativeImputerModel iterative = new IterativeImputer().maxIter(10).seed(0).fit(damaged);
        Table byRegression = iterative.transform(damaged);
        out.printf("  %-28s %s%n", "RMSE on the removed cells:", String.join("  ", DAMAGED));
        for (var entry : List.of(
                new Object[] {"SimpleImputer (mean)", byMean},
                new Object[] {"KNNImputer (k = 5)", byNeighbours},
                new Object[] {"IterativeImputer (Bayes)", byRegression})) {
            Table imputed = (Table) entry[1];
            out.printf("  %-28s %s%n", entry[0], String.join("  ", DAMAGED.stream()
                    .map(c -> String.format("%" + c.length() + ".3f", rmse(wine, damaged, imputed, c))).toList()));
        }
        tour.answer("IterativeImputer ran " + iterative.iterations() + " rounds of regressions, column by column");
    }

    /** A copy of {@code table} with {@link #MISSING_FRACTION} of each damaged column's cells set missing. */
    private static Table injectMissing(Table table, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Table damaged = table.copy();
        for (String name : DAMAGED) {
            Column<?> column = damaged.column(name);
            for (int row = 0; row < column.size(); row++) {
                if (random.nextDouble() < MISSING_FRACTION) {
                    column.setMissing(row);
                }
            }
        }
        return damaged;
    }

    private static double rmse(Table truth, Table damaged, Table imputed, String column) {
        double[] t = Columns.values(truth, column);
        double[] d = Columns.values(damaged, column);
        double[] i = Columns.values(imputed, column);
        double sum = 0;
        int count = 0;
        for (int row = 0; row < t.length; row++) {
            if (Double.isNaN(d[row])) {
                sum += (t[row] - i[row]) * (t[row] - i[row]);
                count++;
            }
        }
        return Math.sqrt(sum / count);
    }

    private static void encoding(Tour tour) {
        Table students = Datasets.load("students").selectColumns("name", "favorite_color", "grade");
        OneHotEncoderModel encoder = new OneHotEncoder().columns("favorite_color").dropFirst(true)
                .handleUnknown(HandleUnknown.IGNORE).fit(students);
        Table newcomers = Table.create("newcomers", StringColumn.create("name", "Zoe", "Omar"),
                StringColumn.create("favorite_color", "red", "teal"), IntColumn.create("grade", 88, 93));
        tour.heading("OneHotEncoder: training levels remembered");
        tour.question("Encode favourite colours as 0/1 columns, and give new students exactly the same columns.");
        tour.input(students);
        tour.answer("levels " + encoder.levels("favorite_color") + ", dummy columns " + encoder.dummyColumns("favorite_color"));
        tour.answer(encoder.transform(newcomers));
        tour.answer("(teal was not seen at fit: all zeros with handleUnknown IGNORE; ERROR, the default, fails naming it)");
    }

    private static void scaling(Tour tour, PrintStream out) {
        Table wine = Datasets.load("wine").selectColumns("alcohol", "magnesium", "proline");
        StandardScalerModel standard = new StandardScaler().fit(wine);
        tour.heading("Scalers: what each learned");
        tour.question("Bring alcohol, magnesium and proline to comparable scales.");
        tour.input(wine);
        out.println("  StandardScaler mean  " + format(standard.mean()) + "  scale " + format(standard.scale()));
        var minMax = new MinMaxScaler().fit(wine);
        out.println("  MinMaxScaler   min   " + format(minMax.dataMin()) + "  max   " + format(minMax.dataMax()));
        var robust = new RobustScaler().fit(wine);
        out.println("  RobustScaler   center" + format(robust.center()) + "  scale " + format(robust.scale()));
        tour.answer(standard.transform(wine).first(3));
    }

    private static String format(double[] values) {
        return Arrays.toString(Arrays.stream(values).mapToObj(v -> String.format("%.2f", v)).toArray());
    }

    private static void outliers(Tour tour, PrintStream out) {
        Table wine = Datasets.load("wine").removeColumns("cultivar");
        tour.heading("Outliers in wine: z-score, IQR fences, Mahalanobis distance");
        tour.question("Which wines stand out, one column at a time or jointly?");
        tour.input("wine, " + wine.rowCount() + " rows x " + wine.columnCount() + " numeric columns (cultivar left out)");
        for (OutlierModel model : List.of(new ZScoreDetector().fit(wine), new IqrDetector().fit(wine))) {
            out.printf("  %-12s flags %3d rows (threshold %.2f)%n", model.method(), count(model.outliers(wine)), model.threshold());
        }
        MahalanobisDetectorModel mahalanobis = new MahalanobisDetector().fit(wine);
        boolean[] flagged = mahalanobis.outliers(wine);
        out.printf("  %-12s flags %3d rows (threshold %.2f, the square root of the 0.975 chi-square quantile, 13 df)%n",
                mahalanobis.method(), count(flagged), mahalanobis.threshold());
        Path chart = chart(mahalanobis.scores(wine), flagged, mahalanobis.threshold());
        tour.answer("chart of the Mahalanobis distances: " + chart);
    }

    private static int count(boolean[] flags) {
        return (int) IntStream.range(0, flags.length).filter(i -> flags[i]).count();
    }

    private static Path chart(double[] scores, boolean[] flagged, double threshold) {
        int[] inliers = IntStream.range(0, scores.length).filter(i -> !flagged[i]).toArray();
        int[] outliers = IntStream.range(0, scores.length).filter(i -> flagged[i]).toArray();
        return new XYPlot("Wine: Mahalanobis distance to the mean", "row", "distance")
                .points("within threshold", rows(inliers), pick(scores, inliers))
                .points("flagged", rows(outliers), pick(scores, outliers))
                .line("threshold", new double[] {0, scores.length - 1}, new double[] {threshold, threshold})
                .save(Path.of("target", "charts", "wine-outliers.png"));
    }

    private static double[] rows(int[] indexes) {
        return Arrays.stream(indexes).asDoubleStream().toArray();
    }

    private static double[] pick(double[] values, int[] indexes) {
        return Arrays.stream(indexes).mapToDouble(i -> values[i]).toArray();
    }
}
