// prepkit notebook 10: making features — ordinal codes, bins, power and quantile transforms, polynomial terms.
// Open it with:  notebooks-java/open 10-features.jsh   (from the repository root)

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
import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.moment.Skewness;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

void show(String what, Object value) {
    System.out.println(what + " -> " + value);
}

double skewness(Table table, String column) {
    return new Skewness().evaluate(Columns.values(table, column));
}

// --- OrdinalEncoder: one code per level (sorted), a level never seen coded -1 instead of failing. ---
Table students = Datasets.load("students").selectColumns("favorite_color", "grade");
OrdinalEncoderModel ordinal = new OrdinalEncoder().columns("favorite_color").unknownValue(-1).fit(students);
show("categories", ordinal.categories("favorite_color"));
Table newcomers = Table.create("new", StringColumn.create("favorite_color", "red", "teal"), IntColumn.create("grade", 88, 93));
System.out.println(ordinal.transform(newcomers).print());
System.out.println(ordinal.inverseTransform(ordinal.transform(students.first(3))).print());

// --- KBinsDiscretizer: grades in thirds of equal counts, as codes or as 0/1 columns. ---
KBinsDiscretizerModel thirds = new KBinsDiscretizer().nBins(3).encode(KBinsDiscretizer.Encode.ORDINAL).
        columns("grade").fit(students);
show("bin edges", Arrays.toString(thirds.binEdges("grade")));
System.out.println(thirds.transform(students).first(4).print());
show("one-hot bin columns", new KBinsDiscretizer().nBins(3).columns("grade").fit(students).binColumns("grade"));

// --- PowerTransformer and QuantileTransformer: skewed wine columns made Gaussian-like. ---
Table wine = Datasets.load("wine").selectColumns("malic_acid", "magnesium", "proline");
PowerTransformerModel yeoJohnson = new PowerTransformer().fit(wine);
show("Yeo-Johnson lambdas", Arrays.toString(yeoJohnson.lambdas()));
Table normal = new QuantileTransformer().nQuantiles(100).
        outputDistribution(QuantileTransformer.OutputDistribution.NORMAL).fitTransform(wine);
for (String column : wine.columnNames()) {
    System.out.printf("%-10s skewness %6.3f -> Yeo-Johnson %6.3f, quantiles -> normal %6.3f%n", column,
            skewness(wine, column), skewness(yeoJohnson.transform(wine), column), skewness(normal, column));
}
// inverseTransform brings the original values back
System.out.println(yeoJohnson.inverseTransform(yeoJohnson.transform(wine)).first(3).print());

// --- PolynomialFeatures: every term of degree up to 2, named and ordered as scikit-learn's. ---
Table two = Datasets.load("wine").selectColumns("alcohol", "hue");
PolynomialFeaturesModel terms = new PolynomialFeatures().degree(2).fit(two);
show("features out", terms.featureNamesOut());
show("interaction only, no bias", new PolynomialFeatures().degree(2).interactionOnly(true).includeBias(false).
        fit(two).featureNamesOut());
System.out.println(terms.transform(two).first(3).print());
