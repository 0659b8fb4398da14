package io.github.prepkit.demo;

import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.encode.KBinsDiscretizer;
import io.github.prepkit.encode.KBinsDiscretizerModel;
import io.github.prepkit.encode.OrdinalEncoder;
import io.github.prepkit.encode.OrdinalEncoderModel;
import io.github.prepkit.transform.PolynomialFeatures;
import io.github.prepkit.transform.PolynomialFeaturesModel;
import io.github.prepkit.transform.PowerTransformer;
import io.github.prepkit.transform.PowerTransformerModel;
import io.github.prepkit.transform.QuantileTransformer;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.moment.Skewness;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The {@code features} topic: encoders and transforms that make new features from old (ordinal codes, bins, powers
 * and quantiles, polynomial terms), what each learned, and how they change a skewed column.
 */
final class FeaturesDemo {

    private static final List<String> SKEWED = List.of("malic_acid", "magnesium", "proline");

    private FeaturesDemo() {
    }

    static void run(PrintStream out) {
        Tour tour = new Tour(out);
        ordinalCodes(tour);
        bins(tour);
        skewness(tour, out);
        polynomial(tour);
    }

    private static void ordinalCodes(Tour tour) {
        Table students = Datasets.load("students").selectColumns("name", "favorite_color", "grade");
        OrdinalEncoderModel encoder = new OrdinalEncoder().columns("favorite_color")
                .unknownValue(-1).fit(students);
        Table newcomers = Table.create("newcomers", StringColumn.create("name", "Zoe", "Omar"),
                StringColumn.create("favorite_color", "red", "teal"), IntColumn.create("grade", 88, 93));
        tour.heading("OrdinalEncoder: one code per level, unknown levels coded -1");
        tour.question("Give each favourite colour a number, in sorted order, and code a colour never seen as -1.");
        tour.input(students);
        tour.answer("categories " + encoder.categories("favorite_color"));
        tour.answer(encoder.transform(newcomers));
    }

    private static void bins(Tour tour) {
        Table students = Datasets.load("students").selectColumns("name", "grade");
        KBinsDiscretizerModel bins = new KBinsDiscretizer().nBins(3).encode(KBinsDiscretizer.Encode.ORDINAL)
                .strategy(KBinsDiscretizer.Strategy.QUANTILE).columns("grade").fit(students);
        tour.heading("KBinsDiscretizer: grades in three bins of equal counts");
        tour.question("Put the grades into low, middle and high thirds.");
        tour.input(students);
        tour.answer("bin edges " + Arrays.toString(bins.binEdges("grade")));
        tour.answer(bins.transform(students).first(6));
    }

    private static void skewness(Tour tour, PrintStream out) {
        Table wine = Datasets.load("wine").selectColumns(SKEWED.toArray(String[]::new));
        PowerTransformerModel yeoJohnson = new PowerTransformer().fit(wine);
        Table boxCox = new PowerTransformer().method(PowerTransformer.Method.BOX_COX).fitTransform(wine);
        Table normal = new QuantileTransformer().nQuantiles(100)
                .outputDistribution(QuantileTransformer.OutputDistribution.NORMAL).fitTransform(wine);
        tour.heading("PowerTransformer and QuantileTransformer: skewed columns made Gaussian-like");
        tour.question("How skewed are malic acid, magnesium and proline before and after each transform?");
        tour.input(wine);
        out.printf("  %-34s %s%n", "skewness", String.join("  ", SKEWED));
        for (var row : List.of(new Object[] {"as measured", wine}, new Object[] {"Yeo-Johnson (standardized)",
                yeoJohnson.transform(wine)}, new Object[] {"Box-Cox (standardized)", boxCox},
                new Object[] {"quantiles -> normal", normal})) {
            Table table = (Table) row[1];
            out.printf("  %-34s %s%n", row[0], String.join("  ", SKEWED.stream().map(c -> String.format("%"
                    + c.length() + ".3f", new Skewness().evaluate(Columns.values(table, c)))).toList()));
        }
        tour.answer("Yeo-Johnson lambdas " + Arrays.toString(Arrays.stream(yeoJohnson.lambdas())
                .mapToObj(l -> String.format("%.3f", l)).toArray()));
    }

    private static void polynomial(Tour tour) {
        Table wine = Datasets.load("wine").selectColumns("alcohol", "hue");
        PolynomialFeaturesModel terms = new PolynomialFeatures().degree(2).fit(wine);
        tour.heading("PolynomialFeatures: squares and products of two columns");
        tour.question("Add every term of degree up to 2 of alcohol and hue, named as scikit-learn names them.");
        tour.input(wine);
        tour.answer("features out " + terms.featureNamesOut());
        tour.answer(terms.transform(wine).first(3));
    }
}
