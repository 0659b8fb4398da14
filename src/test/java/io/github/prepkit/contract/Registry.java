package io.github.prepkit.contract;

import io.github.prepkit.base.ClassWeight;
import io.github.prepkit.cluster.KMeans;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.decomposition.PCA;
import io.github.prepkit.encode.Binarizer;
import io.github.prepkit.encode.HandleUnknown;
import io.github.prepkit.encode.KBinsDiscretizer;
import io.github.prepkit.encode.OneHotEncoder;
import io.github.prepkit.encode.OrdinalEncoder;
import io.github.prepkit.encode.TargetEncoder;
import io.github.prepkit.ensemble.AdaBoostClassifier;
import io.github.prepkit.ensemble.BalancedBaggingClassifier;
import io.github.prepkit.ensemble.BalancedRandomForestClassifier;
import io.github.prepkit.ensemble.EasyEnsembleClassifier;
import io.github.prepkit.ensemble.GradientBoostingClassifier;
import io.github.prepkit.ensemble.RUSBoostClassifier;
import io.github.prepkit.ensemble.GradientBoostingRegressor;
import io.github.prepkit.ensemble.RandomForestClassifier;
import io.github.prepkit.ensemble.RandomForestRegressor;
import io.github.prepkit.featureselection.RFE;
import io.github.prepkit.featureselection.ScoreFunction;
import io.github.prepkit.featureselection.SelectFromModel;
import io.github.prepkit.featureselection.SelectKBest;
import io.github.prepkit.featureselection.SelectPercentile;
import io.github.prepkit.featureselection.Threshold;
import io.github.prepkit.featureselection.VarianceThreshold;
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
import io.github.prepkit.resample.ADASYN;
import io.github.prepkit.resample.AllKNN;
import io.github.prepkit.resample.BorderlineSMOTE;
import io.github.prepkit.resample.ClusterCentroids;
import io.github.prepkit.resample.CondensedNearestNeighbour;
import io.github.prepkit.resample.EditedNearestNeighbours;
import io.github.prepkit.resample.InstanceHardnessThreshold;
import io.github.prepkit.resample.KMeansSMOTE;
import io.github.prepkit.resample.KindSel;
import io.github.prepkit.resample.NearMiss;
import io.github.prepkit.resample.NeighbourhoodCleaningRule;
import io.github.prepkit.resample.OneSidedSelection;
import io.github.prepkit.resample.RandomOverSampler;
import io.github.prepkit.resample.RandomUnderSampler;
import io.github.prepkit.resample.RepeatedEditedNearestNeighbours;
import io.github.prepkit.resample.SMOTE;
import io.github.prepkit.resample.SMOTEENN;
import io.github.prepkit.resample.SMOTEN;
import io.github.prepkit.resample.SMOTENC;
import io.github.prepkit.resample.SMOTETomek;
import io.github.prepkit.resample.TomekLinks;
import io.github.prepkit.scale.MaxAbsScaler;
import io.github.prepkit.scale.MinMaxScaler;
import io.github.prepkit.scale.Normalizer;
import io.github.prepkit.scale.RobustScaler;
import io.github.prepkit.scale.StandardScaler;
import io.github.prepkit.transform.FunctionTransformer;
import io.github.prepkit.transform.PolynomialFeatures;
import io.github.prepkit.transform.PowerTransformer;
import io.github.prepkit.transform.QuantileTransformer;
import io.github.prepkit.tree.DecisionTreeClassifier;
import io.github.prepkit.tree.DecisionTreeRegressor;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
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
                transformer(VarianceThreshold.class, () -> new VarianceThreshold().threshold(0.1))
                        .invalid(() -> new VarianceThreshold().threshold(-1), "threshold"),
                Contract.of(SelectKBest.class, () -> new SelectKBest().k(5), () -> Datasets.load("wine"), "cultivar")
                        .invalid(() -> new SelectKBest().k(-1), "k"),
                Contract.of(SelectKBest.class, () -> new SelectKBest().scoreFunc(ScoreFunction.mutualInfoClassif()
                        .seed(4)).k(3), () -> Datasets.load("wine"), "cultivar"),
                Contract.of(SelectKBest.class, () -> new SelectKBest().scoreFunc(ScoreFunction.F_REGRESSION).k(4),
                        () -> Datasets.load("diabetes"), "progression"),
                Contract.of(SelectPercentile.class, () -> new SelectPercentile().scoreFunc(ScoreFunction.CHI2)
                        .percentile(30), () -> Datasets.load("wine"), "cultivar")
                        .invalid(() -> new SelectPercentile().percentile(101), "percentile"),
                Contract.of(SelectFromModel.class, () -> new SelectFromModel(new LogisticRegression().nJobs(1)),
                        () -> Datasets.load("wine"), "cultivar")
                        .threads(e -> ((SelectFromModel) e).estimator(new LogisticRegression().nJobs(2)))
                        .invalid(() -> new SelectFromModel(new LinearRegression()).maxFeatures(-1), "maxFeatures"),
                // a forest's importances, the median threshold and at most 3 columns
                Contract.of(SelectFromModel.class, () -> new SelectFromModel(new RandomForestRegressor().nEstimators(10)
                        .nJobs(1).seed(3)).threshold(Threshold.median()).maxFeatures(3), () -> Datasets.load("diabetes"),
                        "progression")
                        .threads(e -> ((SelectFromModel) e).estimator(new RandomForestRegressor().nEstimators(10).nJobs(2)
                                .seed(3)))
                        .invalid(() -> new SelectFromModel(new LinearRegression()).threshold(Double.NaN), "threshold"),
                Contract.of(RFE.class, () -> new RFE(new DecisionTreeClassifier().maxDepth(3).seed(4)).nFeaturesToSelect(4)
                        .step(0.2), () -> Datasets.load("wine"), "cultivar")
                        .invalid(() -> new RFE(new LinearRegression()).step(1.5), "step"),
                Contract.of(RFE.class, () -> new RFE(new LinearRegression()), () -> Datasets.load("diabetes"), "progression")
                        .invalid(() -> new RFE(new LinearRegression()).nFeaturesToSelect(0), "nFeaturesToSelect"),
                transformer(RobustScaler.class, () -> new RobustScaler())
                        .invalid(() -> new RobustScaler().quantileRange(80, 20), "quantileRange"),
                transformer(MaxAbsScaler.class, () -> new MaxAbsScaler())
                        .invalid(() -> new MaxAbsScaler().columns("a", "a"), "columns"),
                // a missing value is refused: the table without gaps
                Contract.of(Normalizer.class, () -> new Normalizer().norm(Normalizer.Norm.L1), Registry::wineFeatures, null)
                        .invalid(() -> new Normalizer().norm(null), "norm"),
                transformer(Binarizer.class, () -> new Binarizer().threshold(13))
                        .invalid(() -> new Binarizer().threshold(Double.NaN), "threshold"),
                Contract.of(PolynomialFeatures.class, () -> new PolynomialFeatures(), Registry::wineFeatures, null)
                        .invalid(() -> new PolynomialFeatures().degree(-1), "degree"),
                Contract.of(PolynomialFeatures.class, () -> new PolynomialFeatures().degree(3).interactionOnly(true)
                                .includeBias(false).columns("alcohol", "ash", "hue", "proline"), Registry::wineFeatures, null)
                        .invalid(() -> new PolynomialFeatures().degree(0).includeBias(false), "degree"),
                // infinity goes to the function, as scikit-learn's validate=False passes it
                transformer(FunctionTransformer.class, () -> new FunctionTransformer().func(Math::log1p)
                        .inverseFunc(Math::expm1))
                        .invalid(() -> new FunctionTransformer().func(null), "func").infinityRefusedBy(null).unsaveable(),
                // without functions (the identity) it is saved
                transformer(FunctionTransformer.class, () -> new FunctionTransformer().columns("alcohol", "proline"))
                        .infinityRefusedBy(null),
                // a missing value is refused: the table without gaps
                Contract.of(PCA.class, () -> new PCA().nComponents(5), Registry::wineFeatures, null)
                        .invalid(() -> new PCA(1.5, false, List.of()), "nComponents"),
                Contract.of(PCA.class, () -> new PCA().nComponents(0.9).whiten(true).columns("alcohol", "ash", "hue",
                        "proline"), Registry::wineFeatures, null)
                        .invalid(() -> new PCA().nComponents(0), "nComponents"),
                transformer(PowerTransformer.class, () -> new PowerTransformer())
                        .invalid(() -> new PowerTransformer().method(null), "method"),
                transformer(QuantileTransformer.class, () -> new QuantileTransformer().nQuantiles(50).subsample(120).seed(4))
                        .invalid(() -> new QuantileTransformer().nQuantiles(0), "nQuantiles"),
                Contract.of(OneHotEncoder.class, () -> new OneHotEncoder(), () -> Datasets.load("students"), null)
                        .invalid(() -> new OneHotEncoder().minFrequency(-1), "minFrequency").infinityRefusedBy(null),
                Contract.of(OrdinalEncoder.class, () -> new OrdinalEncoder(), () -> Datasets.load("students"), null)
                        .invalid(() -> new OrdinalEncoder().handleUnknown(HandleUnknown.IGNORE), "handleUnknown")
                        .infinityRefusedBy(null),
                Contract.of(TargetEncoder.class, () -> new TargetEncoder().seed(3), Registry::cancerWithSize, "diagnosis")
                        .invalid(() -> new TargetEncoder().cv(1), "cv").infinityRefusedBy(null),
                Contract.of(TargetEncoder.class, () -> new TargetEncoder().smooth(2).seed(3), Registry::irisWithSize,
                        "species").invalid(() -> new TargetEncoder().smooth(-1), "smooth").infinityRefusedBy(null),
                Contract.of(TargetEncoder.class, () -> new TargetEncoder().columns("sex", "band").seed(3),
                        Registry::diabetesWithBand, "progression").infinityRefusedBy(null),
                Contract.of(KBinsDiscretizer.class, () -> new KBinsDiscretizer(), Registry::irisFeatures, null)
                        .invalid(() -> new KBinsDiscretizer().nBins(1), "nBins"),
                Contract.of(KBinsDiscretizer.class, () -> new KBinsDiscretizer().nBins(3)
                        .strategy(KBinsDiscretizer.Strategy.KMEANS).encode(KBinsDiscretizer.Encode.ORDINAL),
                        Registry::irisFeatures, null)
                        .invalid(() -> new KBinsDiscretizer().strategy(KBinsDiscretizer.Strategy.KMEANS).subsample(9),
                                "subsample"),
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
                // given class weights, versicolor left out (weight 1)
                classifier(DecisionTreeClassifier.class, () -> new DecisionTreeClassifier().seed(4)
                        .classWeight(ClassWeight.given(Map.of("setosa", 0.5, "virginica", 3.0))))
                        .invalid(() -> new DecisionTreeClassifier().classWeight(ClassWeight.BALANCED_SUBSAMPLE),
                                "classWeight"),
                regressor(DecisionTreeRegressor.class, () -> new DecisionTreeRegressor().maxDepth(6).seed(4))
                        .invalid(() -> new DecisionTreeRegressor().minSamplesLeaf(0), "minSamplesLeaf"),
                classifier(RandomForestClassifier.class, () -> new RandomForestClassifier().nEstimators(20).nJobs(1).seed(5))
                        .threads(e -> ((RandomForestClassifier) e).nJobs(2))
                        .invalid(() -> new RandomForestClassifier().nEstimators(0), "nEstimators"),
                // balanced class weights computed on each tree's bootstrap draw
                Contract.of(RandomForestClassifier.class, () -> new RandomForestClassifier().nEstimators(20).nJobs(1)
                                .seed(5).classWeight(ClassWeight.BALANCED_SUBSAMPLE), Registry::cancer, "diagnosis")
                        .threads(e -> ((RandomForestClassifier) e).nJobs(2))
                        .invalid(() -> new RandomForestClassifier().classWeight(null), "classWeight"),
                Contract.of(BalancedRandomForestClassifier.class,
                        () -> new BalancedRandomForestClassifier().nEstimators(20).nJobs(1).seed(5), Registry::cancer,
                        "diagnosis")
                        .threads(e -> ((BalancedRandomForestClassifier) e).nJobs(2))
                        .invalid(() -> new BalancedRandomForestClassifier().samplingStrategy(null), "samplingStrategy"),
                Contract.of(BalancedBaggingClassifier.class,
                        () -> new BalancedBaggingClassifier().nJobs(1).seed(5), Registry::cancer, "diagnosis")
                        .threads(e -> ((BalancedBaggingClassifier) e).nJobs(2))
                        .invalid(() -> new BalancedBaggingClassifier().maxSamples(1.5), "maxSamples"),
                Contract.of(EasyEnsembleClassifier.class,
                        () -> new EasyEnsembleClassifier().nEstimators(4).nJobs(1).seed(5), Registry::cancer, "diagnosis")
                        .threads(e -> ((EasyEnsembleClassifier) e).nJobs(2))
                        .invalid(() -> new EasyEnsembleClassifier().nEstimators(0), "nEstimators"),
                regressor(RandomForestRegressor.class, () -> new RandomForestRegressor().nEstimators(20).nJobs(1).seed(5))
                        .threads(e -> ((RandomForestRegressor) e).nJobs(2))
                        .invalid(() -> new RandomForestRegressor().nEstimators(0), "nEstimators"),
                classifier(AdaBoostClassifier.class, () -> new AdaBoostClassifier().nEstimators(10).seed(6))
                        .invalid(() -> new AdaBoostClassifier().learningRate(0), "learningRate"),
                Contract.of(AdaBoostClassifier.class, () -> new AdaBoostClassifier()
                        .estimator(new DecisionTreeClassifier().maxDepth(2).maxFeatures(2)).nEstimators(10)
                        .algorithm(AdaBoostClassifier.Algorithm.SAMME).seed(6), Registry::cancer, "diagnosis")
                        .invalid(() -> new AdaBoostClassifier().nEstimators(0), "nEstimators"),
                Contract.of(RUSBoostClassifier.class, () -> new RUSBoostClassifier().nEstimators(10).seed(7),
                        Registry::cancer, "diagnosis")
                        .invalid(() -> new RUSBoostClassifier().samplingStrategy(null), "samplingStrategy"),
                classifier(GradientBoostingClassifier.class, () -> new GradientBoostingClassifier().nEstimators(20).subsample(0.8).seed(6))
                        .invalid(() -> new GradientBoostingClassifier().learningRate(-0.1), "learningRate"),
                // balanced class weights: the weighted prior, trees and leaf values
                Contract.of(GradientBoostingClassifier.class, () -> new GradientBoostingClassifier().nEstimators(20)
                                .subsample(0.8).seed(6).classWeight(ClassWeight.BALANCED), Registry::cancer, "diagnosis")
                        .invalid(() -> new GradientBoostingClassifier().classWeight(null), "classWeight"),
                regressor(GradientBoostingRegressor.class, () -> new GradientBoostingRegressor().nEstimators(20).subsample(0.8).seed(6))
                        .invalid(() -> new GradientBoostingRegressor().subsample(1.5), "subsample"),
                regressor(LinearRegression.class, () -> new LinearRegression()),
                Contract.of(LogisticRegression.class, () -> new LogisticRegression().nJobs(1), Registry::cancer, "diagnosis")
                        .threads(e -> ((LogisticRegression) e).nJobs(2))
                        .invalid(() -> new LogisticRegression().maxIter(0), "maxIter"),
                // balanced class weights: the weighted log-loss
                Contract.of(LogisticRegression.class, () -> new LogisticRegression().nJobs(1)
                                .classWeight(ClassWeight.BALANCED), Registry::cancer, "diagnosis")
                        .threads(e -> ((LogisticRegression) e).nJobs(2))
                        .invalid(() -> new LogisticRegression().solver(LogisticRegression.Solver.GRADIENT_DESCENT)
                                .classWeight(ClassWeight.BALANCED), "classWeight"),
                // given class weights on the multinomial model, one-vs-rest balanced on each model's two sides
                classifier(LogisticRegression.class, () -> new LogisticRegression().nJobs(1)
                        .classWeight(ClassWeight.given(Map.of("versicolor", 2.0))))
                        .invalid(() -> new LogisticRegression().classWeight(null), "classWeight"),
                classifier(LogisticRegression.class, () -> new LogisticRegression().nJobs(1)
                        .multiClass(LogisticRegression.MultiClass.OVR).classWeight(ClassWeight.BALANCED))
                        .threads(e -> ((LogisticRegression) e).nJobs(2)),
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
                // the smoothed bootstrap: numeric features, Gaussian noise
                Contract.of(RandomOverSampler.class, () -> new RandomOverSampler().seed(8).shrinkage(0.5), Registry::cancer, "diagnosis")
                        .invalid(() -> new RandomOverSampler().shrinkage(-1), "shrinkage"),
                Contract.of(SMOTE.class, () -> new SMOTE().seed(8).nJobs(1), Registry::cancer, "diagnosis")
                        .threads(e -> ((SMOTE) e).nJobs(2))
                        .invalid(() -> new SMOTE().kNeighbors(0), "kNeighbors"),
                Contract.of(BorderlineSMOTE.class, () -> new BorderlineSMOTE().seed(8).nJobs(1), Registry::cancer, "diagnosis")
                        .threads(e -> ((BorderlineSMOTE) e).nJobs(2))
                        .invalid(() -> new BorderlineSMOTE().mNeighbors(0), "mNeighbors"),
                Contract.of(ADASYN.class, () -> new ADASYN().seed(8).nJobs(1), Registry::cancer, "diagnosis")
                        .threads(e -> ((ADASYN) e).nJobs(2))
                        .invalid(() -> new ADASYN().nNeighbors(0), "nNeighbors"),
                Contract.of(KMeansSMOTE.class, () -> new KMeansSMOTE().seed(8).nJobs(1)
                                .kmeansEstimator(new KMeans().nClusters(3).nInit(2).nJobs(1)), Registry::cancer, "diagnosis")
                        .threads(e -> ((KMeansSMOTE) e).nJobs(2))
                        .invalid(() -> new KMeansSMOTE().kNeighbors(0), "kNeighbors"),
                Contract.of(SMOTEN.class, () -> new SMOTEN().seed(8).nJobs(1), Registry::cancerLevels, "diagnosis")
                        .threads(e -> ((SMOTEN) e).nJobs(2))
                        .invalid(() -> new SMOTEN().kNeighbors(0), "kNeighbors")
                        .infinityRefusedBy(null),
                Contract.of(SMOTENC.class, () -> new SMOTENC().seed(8).nJobs(1), Registry::cancerWithSize, "diagnosis")
                        .threads(e -> ((SMOTENC) e).nJobs(2))
                        .invalid(() -> new SMOTENC().kNeighbors(0), "kNeighbors"),
                Contract.of(RandomUnderSampler.class, () -> new RandomUnderSampler().seed(8), Registry::cancer, "diagnosis")
                        .invalid(() -> new RandomUnderSampler().samplingStrategy(null), "samplingStrategy")
                        .infinityRefusedBy(null),
                Contract.of(TomekLinks.class, () -> new TomekLinks().nJobs(1), Registry::cancer, "diagnosis")
                        .threads(e -> ((TomekLinks) e).nJobs(2))
                        .invalid(() -> new TomekLinks().nJobs(0), "nJobs"),
                Contract.of(EditedNearestNeighbours.class, () -> new EditedNearestNeighbours().nJobs(1), Registry::cancer, "diagnosis")
                        .threads(e -> ((EditedNearestNeighbours) e).nJobs(2))
                        .invalid(() -> new EditedNearestNeighbours().nNeighbors(0), "nNeighbors"),
                Contract.of(RepeatedEditedNearestNeighbours.class, () -> new RepeatedEditedNearestNeighbours().nJobs(1), Registry::cancer, "diagnosis")
                        .threads(e -> ((RepeatedEditedNearestNeighbours) e).nJobs(2))
                        .invalid(() -> new RepeatedEditedNearestNeighbours().maxIter(0), "maxIter"),
                Contract.of(AllKNN.class, () -> new AllKNN().nJobs(1), Registry::cancer, "diagnosis")
                        .threads(e -> ((AllKNN) e).nJobs(2))
                        .invalid(() -> new AllKNN().kindSel(null), "kindSel"),
                Contract.of(NeighbourhoodCleaningRule.class, () -> new NeighbourhoodCleaningRule().kindSel(KindSel.MODE).nJobs(1), Registry::cancer, "diagnosis")
                        .threads(e -> ((NeighbourhoodCleaningRule) e).nJobs(2))
                        .invalid(() -> new NeighbourhoodCleaningRule().thresholdCleaning(1), "thresholdCleaning"),
                Contract.of(OneSidedSelection.class, () -> new OneSidedSelection().seed(8).nJobs(1), Registry::cancer, "diagnosis")
                        .threads(e -> ((OneSidedSelection) e).nJobs(2))
                        .invalid(() -> new OneSidedSelection().nSeedsS(0), "nSeedsS"),
                Contract.of(SMOTEENN.class, () -> new SMOTEENN().seed(8).nJobs(1), Registry::cancer, "diagnosis")
                        .threads(e -> ((SMOTEENN) e).nJobs(2))
                        .invalid(() -> new SMOTEENN().enn(null), "enn").infinityRefusedBy("SMOTE"),
                Contract.of(SMOTETomek.class, () -> new SMOTETomek().seed(8).nJobs(1), Registry::cancer, "diagnosis")
                        .threads(e -> ((SMOTETomek) e).nJobs(2))
                        .invalid(() -> new SMOTETomek().smote(new SMOTE().kNeighbors(0)), "kNeighbors").infinityRefusedBy("SMOTE"),
                Contract.of(NearMiss.class, () -> new NearMiss().version(3).nJobs(1), Registry::cancer, "diagnosis")
                        .threads(e -> ((NearMiss) e).nJobs(2))
                        .invalid(() -> new NearMiss().version(0), "version"),
                Contract.of(CondensedNearestNeighbour.class, () -> new CondensedNearestNeighbour().seed(8).nJobs(1),
                                Registry::cancer, "diagnosis")
                        .threads(e -> ((CondensedNearestNeighbour) e).nJobs(2))
                        .invalid(() -> new CondensedNearestNeighbour().nSeedsS(0), "nSeedsS"),
                Contract.of(InstanceHardnessThreshold.class, () -> new InstanceHardnessThreshold()
                                .estimator(new DecisionTreeClassifier().maxDepth(4).seed(2)).seed(8).nJobs(1),
                                Registry::cancer, "diagnosis")
                        .threads(e -> ((InstanceHardnessThreshold) e).nJobs(2))
                        .invalid(() -> new InstanceHardnessThreshold().cv(1), "cv")
                        .infinityRefusedBy("DecisionTreeClassifier"),
                Contract.of(ClusterCentroids.class, () -> new ClusterCentroids()
                                .estimator(new KMeans().nInit(2).nJobs(1)).seed(8), Registry::cancer, "diagnosis")
                        .threads(e -> ((ClusterCentroids) e).estimator(((ClusterCentroids) e).estimator().nJobs(2)))
                        .invalid(() -> new ClusterCentroids().voting(null), "voting"),
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
        return Contract.of(type, estimator, Registry::wineFeatures, null);
    }

    /** Wine without its class, every value present. */
    private static Table wineFeatures() {
        return Datasets.load("wine").removeColumns("cultivar");
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

    /**
     * {@link #cancer}'s features as levels, for SMOTEN: the mean radius as 0, 1 or 2 (an integer column), the others as
     * low, middle or high (below 1/3, 2/3 of the column's range, or above).
     */
    private static Table cancerLevels() {
        Table cancer = cancer();
        Table levels = Table.create("cancer levels");
        for (String name : List.of("mean_radius", "mean_texture", "mean_smoothness")) {
            NumericColumn<?> column = cancer.numberColumn(name);
            double min = column.min();
            double third = (column.max() - min) / 3;
            int[] level = new int[column.size()];
            for (int row = 0; row < level.length; row++) {
                level[row] = Math.min(2, (int) ((column.getDouble(row) - min) / third));
            }
            levels.addColumns(name.equals("mean_radius") ? IntColumn.create(name, level) : StringColumn.create(name,
                    IntStream.of(level).mapToObj(l -> List.of("low", "middle", "high").get(l)).toList()));
        }
        return levels.addColumns(cancer.column("diagnosis").copy());
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

    /** Iris with a string column {@code size}: small, medium or large petals (shorter than 2, 5 cm, or longer). */
    private static Table irisWithSize() {
        Table iris = Datasets.load("iris");
        String[] sizes = new String[iris.rowCount()];
        for (int row = 0; row < sizes.length; row++) {
            double length = iris.numberColumn("petal_length_cm").getDouble(row);
            sizes[row] = length < 2 ? "small" : length < 5 ? "medium" : "large";
        }
        return iris.addColumns(StringColumn.create("size", sizes));
    }

    /**
     * Diabetes' age, sex, bmi and progression (a continuous target), with a string column {@code band}: the bmi's
     * sign ("low", "high"), and every 9th one missing.
     */
    private static Table diabetesWithBand() {
        Table diabetes = Datasets.load("diabetes").selectColumns("age", "sex", "bmi", "progression");
        String[] bands = new String[diabetes.rowCount()];
        for (int row = 0; row < bands.length; row++) {
            bands[row] = row % 9 == 4 ? "" : diabetes.numberColumn("bmi").getDouble(row) < 0 ? "low" : "high";
        }
        return diabetes.addColumns(StringColumn.create("band", bands));
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
