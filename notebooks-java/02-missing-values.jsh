// prepkit notebook 02: missing values.
// Open it with:  notebooks-java/open 02-missing-values.jsh   (from the repository root)
// Every imputer is fitted on one table and applied to any table with the same columns, so test data is
// filled with what was learned from training data, never from itself.

import io.github.prepkit.data.Datasets;
import io.github.prepkit.impute.IterativeImputer;
import io.github.prepkit.impute.IterativeImputerModel;
import io.github.prepkit.impute.KNNImputer;
import io.github.prepkit.impute.MissingIndicator;
import io.github.prepkit.impute.SimpleImputer;
import io.github.prepkit.impute.SimpleImputerModel;
import io.github.prepkit.selection.Split;
import io.github.prepkit.selection.TrainTestSplit;
import java.util.SplittableRandom;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

void show(String what, Object value) {
    System.out.println(what + " -> " + value);
}

// --- The cheese prices: four are missing. ---
Table cheeses = Datasets.load("california_cheeses");
show("missing prices", cheeses.column("price").countMissing());

// --- SimpleImputer: one statistic per column, learned at fit. addIndicator keeps track of what was filled. ---
SimpleImputerModel median = new SimpleImputer().strategy(SimpleImputer.Strategy.MEDIAN).addIndicator(true).fit(cheeses);
show("learned", median.columns() + " " + median.statistics());
System.out.println(median.transform(cheeses).first(6).print());

// --- MissingIndicator alone: the 0/1 columns, for a model to learn from the fact that a value was missing. ---
System.out.println(new MissingIndicator().fitTransform(cheeses).first(4).print());

// --- Wine with values knocked out at random (a seeded 10 % of four columns). ---
Table wine = Datasets.load("wine").removeColumns("cultivar");
Table damaged = wine.copy();
SplittableRandom random = new SplittableRandom(3);
for (String name : new String[] {"alcohol", "flavanoids", "color_intensity", "proline"}) {
    Column<?> column = damaged.column(name);
    for (int row = 0; row < column.size(); row++) {
        if (random.nextDouble() < 0.1) column.setMissing(row);
    }
}
show("missing proline values", damaged.column("proline").countMissing());

// --- How far is each imputer from the truth on the knocked-out proline values? ---
double rmse(Table imputed) {
    double sum = 0; int count = 0;
    for (int row = 0; row < wine.rowCount(); row++) {
        if (damaged.column("proline").isMissing(row)) {
            double error = wine.numberColumn("proline").getDouble(row) - imputed.numberColumn("proline").getDouble(row);
            sum += error * error; count++;
        }
    }
    return Math.sqrt(sum / count);
}
show("mean imputation, RMSE", rmse(new SimpleImputer().fitTransform(damaged)));
show("kNN imputation (k = 5), RMSE", rmse(new KNNImputer().fitTransform(damaged)));
IterativeImputerModel iterative = new IterativeImputer().maxIter(10).seed(0).fit(damaged);
show("iterative imputation (Bayesian ridge), RMSE", rmse(iterative.transform(damaged)));
show("iterative rounds run", iterative.iterations());

// --- Fit on training rows only, then fill the test rows with what training taught. ---
Split split = new TrainTestSplit().testSize(0.25).seed(0).split(damaged);
SimpleImputerModel trained = new SimpleImputer().fit(split.train());
show("test rows still missing after transform", trained.transform(split.test()).column("proline").countMissing());

// --- A table with other columns than at fit is refused, naming the difference. ---
try {
    trained.transform(split.test().removeColumns("proline"));
} catch (IllegalArgumentException e) {
    show("transform without proline fails", e.getMessage());
}
