package io.github.prepkit.contract;

import io.github.prepkit.cluster.KMeans;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.encode.OneHotEncoder;
import io.github.prepkit.ensemble.BalancedRandomForestClassifier;
import io.github.prepkit.ensemble.GradientBoostingClassifier;
import io.github.prepkit.ensemble.GradientBoostingRegressor;
import io.github.prepkit.ensemble.RandomForestClassifier;
import io.github.prepkit.ensemble.RandomForestRegressor;
import io.github.prepkit.impute.IterativeImputer;
import io.github.prepkit.impute.KNNImputer;
import io.github.prepkit.impute.MissingIndicator;
import io.github.prepkit.impute.SimpleImputer;
import io.github.prepkit.linear.LinearRegression;
import io.github.prepkit.linear.LogisticRegression;
import io.github.prepkit.linear.SGDRegressor;
import io.github.prepkit.neighbors.KNeighborsClassifier;
import io.github.prepkit.neighbors.KNeighborsRegressor;
import io.github.prepkit.neighbors.NearestNeighbors;
import io.github.prepkit.outliers.IqrDetector;
import io.github.prepkit.outliers.MahalanobisDetector;
import io.github.prepkit.outliers.ZScoreDetector;
import io.github.prepkit.pipeline.ClassifierPipeline;
import io.github.prepkit.pipeline.ColumnTransformer;
import io.github.prepkit.pipeline.Pipeline;
import io.github.prepkit.pipeline.RegressorPipeline;
import io.github.prepkit.resample.BorderlineSMOTE;
import io.github.prepkit.resample.RandomOverSampler;
import io.github.prepkit.resample.RandomUnderSampler;
import io.github.prepkit.resample.SMOTE;
import io.github.prepkit.resample.SMOTENC;
import io.github.prepkit.scale.MinMaxScaler;
import io.github.prepkit.scale.RobustScaler;
import io.github.prepkit.scale.StandardScaler;
import io.github.prepkit.tree.DecisionTreeClassifier;
import io.github.prepkit.tree.DecisionTreeRegressor;
import java.util.List;
import java.util.function.Supplier;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Every estimator, transformer, sampler and outlier detector of the project, with data to fit it on. A class that
 * implements one of those interfaces but is missing here fails {@code ContractSuiteTest}.
 */
final class Registry {

    private Registry() {
    }

    static List<Contract> all() {
        return List.of(
                transformer(SimpleImputer.class, () -> new SimpleImputer().strategy(SimpleImputer.Strategy.MEDIAN).addIndicator(true))
                        .invalid(() -> new SimpleImputer().fillValue(Double.NaN), "fillValue"),
                transformer(IterativeImputer.class, () -> new IterativeImputer().maxIter(5).seed(3))
                        .invalid(() -> new IterativeImputer().maxIter(-1), "maxIter"),
                transformer(KNNImputer.class, () -> new KNNImputer())
                        .invalid(() -> new KNNImputer().nNeighbors(0), "nNeighbors"),
                transformer(MissingIndicator.class, () -> new MissingIndicator())
                        .invalid(() -> new MissingIndicator().columns("a", "a"), "columns"),
                transformer(StandardScaler.class, () -> new StandardScaler())
                        .invalid(() -> new StandardScaler().columns("a", null), "columns"),
                transformer(MinMaxScaler.class, () -> new MinMaxScaler().featureRange(-1, 1))
                        .invalid(() -> new MinMaxScaler().featureRange(1, 0), "featureRange"),
                transformer(RobustScaler.class, () -> new RobustScaler())
                        .invalid(() -> new RobustScaler().quantileRange(80, 20), "quantileRange"),
                Contract.of(OneHotEncoder.class, () -> new OneHotEncoder(), () -> Datasets.load("students"), null)
                        .invalid(() -> new OneHotEncoder().minFrequency(-1), "minFrequency").infinityRefusedBy(null),
                Contract.of(KMeans.class, () -> new KMeans().nClusters(3).seed(1), Registry::irisFeatures, null)
                        .threads(e -> ((KMeans) e).nJobs(2))
                        .invalid(() -> new KMeans().nClusters(0), "nClusters"),
                Contract.of(NearestNeighbors.class, () -> new NearestNeighbors().nJobs(1), Registry::irisFeatures, null)
                        .threads(e -> ((NearestNeighbors) e).nJobs(2))
                        .invalid(() -> new NearestNeighbors().nNeighbors(0), "nNeighbors"),
                classifier(KNeighborsClassifier.class, () -> new KNeighborsClassifier().nJobs(1))
                        .threads(e -> ((KNeighborsClassifier) e).nJobs(2))
                        .invalid(() -> new KNeighborsClassifier().nNeighbors(0), "nNeighbors"),
                regressor(KNeighborsRegressor.class, () -> new KNeighborsRegressor().nJobs(1))
                        .threads(e -> ((KNeighborsRegressor) e).nJobs(2))
                        .invalid(() -> new KNeighborsRegressor().nNeighbors(0), "nNeighbors"),
                classifier(DecisionTreeClassifier.class, () -> new DecisionTreeClassifier().seed(4))
                        .invalid(() -> new DecisionTreeClassifier().maxDepth(0), "maxDepth"),
                regressor(DecisionTreeRegressor.class, () -> new DecisionTreeRegressor().maxDepth(6).seed(4))
                        .invalid(() -> new DecisionTreeRegressor().minSamplesLeaf(0), "minSamplesLeaf"),
                classifier(RandomForestClassifier.class, () -> new RandomForestClassifier().nEstimators(20).nJobs(1).seed(5))
                        .threads(e -> ((RandomForestClassifier) e).nJobs(2))
                        .invalid(() -> new RandomForestClassifier().nEstimators(0), "nEstimators"),
                Contract.of(BalancedRandomForestClassifier.class,
                        () -> new BalancedRandomForestClassifier().nEstimators(20).nJobs(1).seed(5), Registry::cancer,
                        "diagnosis")
                        .threads(e -> ((BalancedRandomForestClassifier) e).nJobs(2))
                        .invalid(() -> new BalancedRandomForestClassifier().samplingStrategy(null), "samplingStrategy"),
                regressor(RandomForestRegressor.class, () -> new RandomForestRegressor().nEstimators(20).nJobs(1).seed(5))
                        .threads(e -> ((RandomForestRegressor) e).nJobs(2))
                        .invalid(() -> new RandomForestRegressor().nEstimators(0), "nEstimators"),
                classifier(GradientBoostingClassifier.class, () -> new GradientBoostingClassifier().nEstimators(20).subsample(0.8).seed(6))
                        .invalid(() -> new GradientBoostingClassifier().learningRate(-0.1), "learningRate"),
                regressor(GradientBoostingRegressor.class, () -> new GradientBoostingRegressor().nEstimators(20).subsample(0.8).seed(6))
                        .invalid(() -> new GradientBoostingRegressor().subsample(1.5), "subsample"),
                regressor(LinearRegression.class, () -> new LinearRegression()),
                Contract.of(LogisticRegression.class, () -> new LogisticRegression().nJobs(1), Registry::cancer, "diagnosis")
                        .threads(e -> ((LogisticRegression) e).nJobs(2))
                        .invalid(() -> new LogisticRegression().maxIter(0), "maxIter"),
                // three classes: the multinomial model (its Hessian's blocks on nJobs threads)
                classifier(LogisticRegression.class, () -> new LogisticRegression().nJobs(1))
                        .threads(e -> ((LogisticRegression) e).nJobs(2))
                        .invalid(() -> new LogisticRegression().solver(LogisticRegression.Solver.GRADIENT_DESCENT)
                                .multiClass(LogisticRegression.MultiClass.MULTINOMIAL), "multiClass"),
                regressor(SGDRegressor.class, () -> new SGDRegressor().seed(7))
                        .invalid(() -> new SGDRegressor().alpha(-1), "alpha"),
                Contract.of(RandomOverSampler.class, () -> new RandomOverSampler().seed(8), Registry::cancer, "diagnosis")
                        .invalid(() -> new RandomOverSampler().samplingStrategy(null), "samplingStrategy")
                        .infinityRefusedBy(null),
                Contract.of(SMOTE.class, () -> new SMOTE().seed(8).nJobs(1), Registry::cancer, "diagnosis")
                        .threads(e -> ((SMOTE) e).nJobs(2))
                        .invalid(() -> new SMOTE().kNeighbors(0), "kNeighbors"),
                Contract.of(BorderlineSMOTE.class, () -> new BorderlineSMOTE().seed(8).nJobs(1), Registry::cancer, "diagnosis")
                        .threads(e -> ((BorderlineSMOTE) e).nJobs(2))
                        .invalid(() -> new BorderlineSMOTE().mNeighbors(0), "mNeighbors"),
                Contract.of(SMOTENC.class, () -> new SMOTENC().seed(8).nJobs(1), Registry::cancerWithSize, "diagnosis")
                        .threads(e -> ((SMOTENC) e).nJobs(2))
                        .invalid(() -> new SMOTENC().kNeighbors(0), "kNeighbors"),
                Contract.of(RandomUnderSampler.class, () -> new RandomUnderSampler().seed(8), Registry::cancer, "diagnosis")
                        .invalid(() -> new RandomUnderSampler().samplingStrategy(null), "samplingStrategy")
                        .infinityRefusedBy(null),
                Contract.of(ClassifierPipeline.class, Registry::pipeline, Registry::cancer, "diagnosis")
                        .invalid(() -> Pipeline.steps().transform("scale", new StandardScaler()).transform("scale", new MinMaxScaler()),
                                "step name 'scale'").infinityRefusedBy("SimpleImputer"),
                regressor(RegressorPipeline.class, () -> Pipeline.steps().transform("scale", new RobustScaler())
                        .regressor("tree", new DecisionTreeRegressor().maxDepth(4).seed(2)))
                        .invalid(() -> Pipeline.steps().regressor(" ", new LinearRegression()), "step name")
                        .infinityRefusedBy("RobustScaler"),
                transformer(ColumnTransformer.class, () -> new ColumnTransformer()
                        .add("impute and scale", List.of("alcohol", "malic_acid", "flavanoids"), new SimpleImputer(), new StandardScaler())
                        .add("impute", List.of("proline"), new SimpleImputer().strategy(SimpleImputer.Strategy.MEDIAN))
                        .remainder(ColumnTransformer.Remainder.PASSTHROUGH))
                        .invalid(() -> new ColumnTransformer().add("g", List.of()), "group 'g'")
                        .infinityRefusedBy("SimpleImputer"),
                detector(ZScoreDetector.class, () -> new ZScoreDetector())
                        .invalid(() -> new ZScoreDetector().threshold(-1), "threshold"),
                detector(IqrDetector.class, () -> new IqrDetector())
                        .invalid(() -> new IqrDetector().threshold(-1), "threshold"),
                detector(MahalanobisDetector.class, () -> new MahalanobisDetector())
                        .invalid(() -> new MahalanobisDetector().threshold(-1), "threshold"));
    }

    private static Contract transformer(Class<?> type, Supplier<Object> estimator) {
        return Contract.of(type, estimator, Registry::wineWithGaps, null);
    }

    private static Contract detector(Class<?> type, Supplier<Object> estimator) {
        return Contract.of(type, estimator, () -> Datasets.load("wine").removeColumns("cultivar"), null);
    }

    private static Contract classifier(Class<?> type, Supplier<Object> estimator) {
        return Contract.of(type, estimator, () -> Datasets.load("iris"), "species");
    }

    private static Contract regressor(Class<?> type, Supplier<Object> estimator) {
        return Contract.of(type, estimator, () -> Datasets.load("diabetes"), "progression");
    }

    /** impute, scale, SMOTE and kNN: every kind of step a pipeline holds. */
    private static Object pipeline() {
        return Pipeline.steps()
                .transform("impute", new SimpleImputer())
                .transform("scale", new StandardScaler())
                .resample("smote", new SMOTE().seed(8).nJobs(1))
                .classifier("knn", new KNeighborsClassifier().nJobs(1));
    }

    private static Table irisFeatures() {
        return Datasets.load("iris").removeColumns("species");
    }

    private static Table cancer() {
        return Datasets.load("breast_cancer").selectColumns("mean_radius", "mean_texture", "mean_smoothness", "diagnosis");
    }

    /** {@link #cancer} with a categorical column: the mean radius as small, medium or large. */
    private static Table cancerWithSize() {
        Table cancer = cancer();
        String[] sizes = new String[cancer.rowCount()];
        for (int row = 0; row < sizes.length; row++) {
            double radius = cancer.numberColumn("mean_radius").getDouble(row);
            sizes[row] = radius < 12 ? "small" : radius < 16 ? "medium" : "large";
        }
        return cancer.addColumns(StringColumn.create("size", sizes));
    }

    /** Wine without its class, every 7th value of four columns missing (a different offset in each). */
    private static Table wineWithGaps() {
        Table wine = Datasets.load("wine").removeColumns("cultivar");
        String[] damaged = {"alcohol", "malic_acid", "flavanoids", "proline"};
        for (int c = 0; c < damaged.length; c++) {
            Column<?> column = wine.column(damaged[c]);
            for (int row = c; row < column.size(); row += 7) {
                column.setMissing(row);
            }
        }
        return wine;
    }
}
