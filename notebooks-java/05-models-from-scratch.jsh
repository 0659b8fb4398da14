// prepkit notebook 05: models written from scratch, on the bundled data sets.
// Open it with:  notebooks-java/open 05-models-from-scratch.jsh   (from the repository root)
// Every model is an immutable description of its hyperparameters; fit(...) returns a fitted model that predicts.

import io.github.prepkit.cluster.KMeans;
import io.github.prepkit.cluster.KMeansModel;
import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.ensemble.GradientBoostingClassifier;
import io.github.prepkit.ensemble.RandomForestClassifier;
import io.github.prepkit.ensemble.RandomForestClassifierModel;
import io.github.prepkit.linear.LinearRegression;
import io.github.prepkit.linear.LinearRegressionModel;
import io.github.prepkit.linear.LogisticRegression;
import io.github.prepkit.linear.SGDRegressor;
import io.github.prepkit.metrics.ClassificationMetrics;
import io.github.prepkit.metrics.ProbabilityMetrics;
import io.github.prepkit.metrics.RegressionMetrics;
import io.github.prepkit.neighbors.KNeighborsClassifier;
import io.github.prepkit.neighbors.KNeighborsClassifierModel;
import io.github.prepkit.selection.Split;
import io.github.prepkit.selection.TrainTestSplit;
import io.github.prepkit.tree.DecisionTreeClassifier;
import io.github.prepkit.tree.DecisionTreeClassifierModel;
import java.util.Arrays;
import tech.tablesaw.api.Table;

void show(String what, Object value) {
    System.out.println(what + " -> " + value);
}

// --- A seeded, stratified split: the same seed always gives the same rows. ---
Split iris = new TrainTestSplit().stratify("species").seed(0).split(Datasets.load("iris"));
show("train / test rows", iris.train().rowCount() + " / " + iris.test().rowCount());

// --- k-nearest neighbours: predictions come back as a column like the target; probabilities as a table. ---
KNeighborsClassifierModel knn = new KNeighborsClassifier().nNeighbors(5).fit(iris.train(), "species");
Table irisFeatures = Columns.without(iris.test(), "species");
show("accuracy", ClassificationMetrics.accuracy(iris.test().column("species"), knn.predict(irisFeatures)));
System.out.println(knn.predictProba(irisFeatures).first(3).print());

// --- Trees and ensembles on breast cancer. ---
Split cancer = new TrainTestSplit().stratify("diagnosis").seed(0).split(Datasets.load("breast_cancer"));
Table cancerFeatures = Columns.without(cancer.test(), "diagnosis");
DecisionTreeClassifierModel tree = new DecisionTreeClassifier().maxDepth(3).seed(0).fit(cancer.train(), "diagnosis");
System.out.println(tree.exportText());
RandomForestClassifierModel forest = new RandomForestClassifier().nEstimators(100).seed(0).fit(cancer.train(), "diagnosis");
show("forest accuracy", ClassificationMetrics.accuracy(cancer.test().column("diagnosis"), forest.predict(cancerFeatures)));
show("forest ROC AUC", ProbabilityMetrics.rocAuc(cancer.test().column("diagnosis"), forest.predictProba(cancerFeatures)));
show("boosting accuracy", ClassificationMetrics.accuracy(cancer.test().column("diagnosis"),
        new GradientBoostingClassifier().seed(0).fit(cancer.train(), "diagnosis").predict(cancerFeatures)));
System.out.println(ClassificationMetrics.confusionMatrix(cancer.test().column("diagnosis"), forest.predict(cancerFeatures)).print());

// --- Linear models on diabetes: least squares, and stochastic gradient descent with its loss history. ---
Split diabetes = new TrainTestSplit().seed(0).split(Datasets.load("diabetes"));
Table diabetesFeatures = Columns.without(diabetes.test(), "progression");
LinearRegressionModel ols = new LinearRegression().fit(diabetes.train(), "progression");
show("coefficients", Arrays.toString(ols.coefficients()));
show("R^2 on test rows", RegressionMetrics.r2(diabetes.test().column("progression"), ols.predict(diabetesFeatures)));
show("SGD loss, first epochs", Arrays.toString(Arrays.copyOf(new SGDRegressor().fit(diabetes.train(), "progression").lossHistory(), 5)));

// --- Logistic regression by Newton's method (L2 penalty, C = 1 by default). ---
show("logistic accuracy on breast cancer", ClassificationMetrics.accuracy(cancer.test().column("diagnosis"),
        new LogisticRegression().fit(cancer.train(), "diagnosis").predict(cancerFeatures)));

// --- k-means: labels, centres, inertia. ---
KMeansModel kmeans = new KMeans().nClusters(3).seed(0).fit(Datasets.load("iris").removeColumns("species"));
show("inertia", kmeans.inertia());
show("centres", Arrays.deepToString(kmeans.clusterCenters()));
