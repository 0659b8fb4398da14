// prepkit notebook 07: pipelines, cross-validation and hyperparameter search.
// Open it with:  notebooks-java/open 07-model-selection.jsh   (from the repository root)

import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.impute.SimpleImputer;
import io.github.prepkit.encode.OneHotEncoder;
import io.github.prepkit.linear.LogisticRegression;
import io.github.prepkit.neighbors.KNeighborsClassifier;
import io.github.prepkit.neighbors.KNeighborsClassifierModel;
import io.github.prepkit.neighbors.Weights;
import io.github.prepkit.pipeline.ClassifierPipeline;
import io.github.prepkit.pipeline.ClassifierPipelineModel;
import io.github.prepkit.pipeline.ColumnTransformer;
import io.github.prepkit.pipeline.Pipeline;
import io.github.prepkit.resample.SMOTE;
import io.github.prepkit.scale.StandardScaler;
import io.github.prepkit.selection.Axis;
import io.github.prepkit.selection.CrossValidation;
import io.github.prepkit.selection.Distribution;
import io.github.prepkit.selection.GridSearch;
import io.github.prepkit.selection.RandomSearch;
import io.github.prepkit.selection.Scoring;
import io.github.prepkit.selection.SearchResult;
import io.github.prepkit.selection.StratifiedKFold;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

void show(String what, Object value) {
    System.out.println(what + " -> " + value);
}

Table cancer = Datasets.load("breast_cancer");

// --- A pipeline: every step is learned on the rows it is fitted on, the sampler acts at fit only. ---
Pipeline.Steps prepare = Pipeline.steps().
        transform("impute", new SimpleImputer()).
        transform("scale", new StandardScaler()).
        resample("smote", new SMOTE().seed(0));
ClassifierPipeline knn = prepare.classifier("knn", new KNeighborsClassifier());
show("steps", knn.names());

// --- Cross-validation: 5 stratified folds for a classifier, as scikit-learn's cv=5. ---
show("kNN pipeline, accuracy per fold", new CrossValidation().evaluate(knn, cancer, "diagnosis"));
show("kNN pipeline, ROC AUC", new CrossValidation().scoring(Scoring.ROC_AUC).evaluate(knn, cancer, "diagnosis"));

// --- Grid search, typed: each axis names the method that applies its value. ---
SearchResult<KNeighborsClassifier, KNeighborsClassifierModel> grid = GridSearch.of(new KNeighborsClassifier()).
        axis("n_neighbors", List.of(1, 3, 5, 7, 9), KNeighborsClassifier::nNeighbors).
        axis("weights", List.of(Weights.UNIFORM, Weights.DISTANCE), KNeighborsClassifier::weights).
        fit(cancer, "diagnosis");
show("best kNN without scaling", grid.bestParams() + " " + grid.bestScore());
show("cv_results_", grid.cvResults().selectColumns("param_n_neighbors", "param_weights", "mean_test_score", "rank_test_score").printAll());

// --- Or a factory from a candidate's values to a whole pipeline; Candidate.get(axis) is typed. ---
Axis<Integer> k = Axis.of("n_neighbors", 3, 7, 11);
SearchResult<ClassifierPipeline, ClassifierPipelineModel> scaled = GridSearch.of(List.of(k),
        candidate -> prepare.classifier("knn", new KNeighborsClassifier().nNeighbors(candidate.get(k)))).
        cv(new StratifiedKFold(5, true, 1)).
        scoring(Scoring.F1_MACRO).
        fit(cancer, "diagnosis");
show("best scaled kNN", scaled.bestParams() + " macro F1 " + scaled.bestScore());

// --- Random search: C drawn log-uniformly, 6 candidates from seed 0. ---
Axis<Double> c = Axis.of("C", Distribution.logUniform(1e-3, 1e2));
SearchResult<ClassifierPipeline, ClassifierPipelineModel> logistic = RandomSearch.of(List.of(c),
        candidate -> prepare.classifier("logistic", new LogisticRegression().c(candidate.get(c)))).
        nIter(6).
        seed(0).
        fit(cancer, "diagnosis");
show("best logistic regression", logistic.bestParams() + " accuracy " + logistic.bestScore());

// --- ColumnTransformer: numbers imputed and scaled, text imputed and one-hot encoded, side by side. ---
Table people = Table.create("people",
        DoubleColumn.create("age", 20, Double.NaN, 40, 60),
        StringColumn.create("city", "Lyon", "", "Paris", "Lyon"),
        StringColumn.create("bought", "no", "yes", "yes", "no"));
ColumnTransformer columns = new ColumnTransformer().
        add("numeric", List.of("age"), new SimpleImputer().strategy(SimpleImputer.Strategy.MEDIAN), new StandardScaler()).
        add("categorical", List.of("city"), new SimpleImputer().strategy(SimpleImputer.Strategy.MOST_FREQUENT), new OneHotEncoder());
show("prepared", columns.fitTransform(Columns.without(people, "bought")).printAll());
ClassifierPipelineModel model = Pipeline.steps().transform("columns", columns).
        classifier("knn", new KNeighborsClassifier().nNeighbors(1)).
        fit(people, "bought");
show("predicted", model.predict(Columns.without(people, "bought")).asList());
