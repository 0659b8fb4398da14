// prepkit notebook 03: encoding, scaling and outliers.
// Open it with:  notebooks-java/open 03-encoding-scaling-outliers.jsh   (from the repository root)

import io.github.prepkit.data.Datasets;
import io.github.prepkit.encode.Dummies;
import io.github.prepkit.encode.HandleUnknown;
import io.github.prepkit.encode.OneHotEncoder;
import io.github.prepkit.encode.OneHotEncoderModel;
import io.github.prepkit.outliers.IqrDetector;
import io.github.prepkit.outliers.MahalanobisDetector;
import io.github.prepkit.outliers.MahalanobisDetectorModel;
import io.github.prepkit.outliers.ZScoreDetector;
import io.github.prepkit.scale.MinMaxScaler;
import io.github.prepkit.scale.RobustScaler;
import io.github.prepkit.scale.StandardScaler;
import io.github.prepkit.scale.StandardScalerModel;
import java.util.Arrays;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

void show(String what, Object value) {
    System.out.println(what + " -> " + value);
}

long flagged(boolean[] flags) {
    long count = 0;
    for (boolean flag : flags) if (flag) count++;
    return count;
}

// --- pandas' get_dummies in one call: every string column becomes 0/1 columns, levels sorted. ---
Table students = Datasets.load("students").selectColumns("favorite_color", "grade");
System.out.println(Dummies.getDummies(students, "favorite_color").first(4).print());

// --- The encoder remembers the training levels, so new rows get the same columns. ---
OneHotEncoderModel encoder = new OneHotEncoder().columns("favorite_color").dropFirst(true).
        handleUnknown(HandleUnknown.IGNORE).fit(students);
show("levels", encoder.levels("favorite_color"));
show("dummy columns (first dropped)", encoder.dummyColumns("favorite_color"));
Table newcomers = Table.create("new", StringColumn.create("favorite_color", "red", "teal"), IntColumn.create("grade", 88, 93));
System.out.println(encoder.transform(newcomers).print());   // teal: unseen, all zeros with IGNORE

// --- Three scalers on columns of very different ranges. ---
Table wine = Datasets.load("wine").removeColumns("cultivar");
Table three = wine.selectColumns("alcohol", "magnesium", "proline");
StandardScalerModel standard = new StandardScaler().fit(three);
show("StandardScaler mean", Arrays.toString(standard.mean()));
show("StandardScaler scale (population std)", Arrays.toString(standard.scale()));
System.out.println(standard.transform(three).first(3).print());
show("back to the original units", standard.inverseTransform(standard.transform(three)).first(1).print());
System.out.println(new MinMaxScaler().featureRange(-1, 1).fitTransform(three).first(3).print());
show("RobustScaler center (medians)", Arrays.toString(new RobustScaler().fit(three).center()));

// --- Outliers: one column at a time (z-score, IQR fences) or jointly (Mahalanobis). ---
show("rows with a |z| above 3", flagged(new ZScoreDetector().fit(wine).outliers(wine)));
show("rows outside the 1.5 IQR fences", flagged(new IqrDetector().fit(wine).outliers(wine)));
MahalanobisDetectorModel mahalanobis = new MahalanobisDetector().fit(wine);
show("Mahalanobis threshold", mahalanobis.threshold());
System.out.println(mahalanobis.flag(wine).selectColumns("alcohol", "proline", "mahalanobis_score", "mahalanobis_outlier").first(5).print());
show("rows kept after dropping the flagged ones", mahalanobis.dropOutliers(wine).rowCount());
