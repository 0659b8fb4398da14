// prepkit notebook 06: the from-scratch model questions of an interview.
// Open it with:  notebooks-java/open 06-interview-models.jsh   (from the repository root)

import io.github.prepkit.data.Datasets;
import io.github.prepkit.exercises.InterviewModels;
import java.util.Arrays;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

void show(String what, Object value) {
    System.out.println(what + " -> " + value);
}

// --- kNN: the last column is the class; a tied vote searches again with one neighbour less. ---
Table line = Table.create("line", DoubleColumn.create("x", 0, 1, 3, 10, 4), StringColumn.create("label", "a", "a", "b", "b", "c"));
show("kNN(3, line, 3.6): a 1-1-1 tie, then b-c, then the nearest", InterviewModels.kNN(3, line, new double[] {3.6}));
show("kNN(5, iris, a virginica-like flower)", InterviewModels.kNN(5, Datasets.load("iris"), new double[] {6.9, 3.1, 5.8, 2.2}));

// --- The permutation forest: one tree per order of the columns, narrowing to rows that agree with the point. ---
Table weather = Table.create("weather",
        IntColumn.create("rain", 1, 1, 0, 0, 1, 0),
        IntColumn.create("wind", 0, 1, 1, 0, 1, 0),
        IntColumn.create("cold", 1, 1, 0, 1, 0, 0),
        IntColumn.create("stay_in", 1, 1, 0, 1, 1, 0));
show("randomForest(weather, rain and no wind, not cold)", InterviewModels.randomForest(weather, new int[] {1, 0, 0}));

// --- Logistic regression by Newton's method: no intercept, no penalty. ---
Table exam = Table.create("exam",
        DoubleColumn.create("hours", 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5),
        DoubleColumn.create("bias", 1, 1, 1, 1, 1, 1, 1, 1, 1, 1),
        IntColumn.create("passed", 0, 0, 0, 1, 0, 1, 0, 1, 1, 1));
show("coefficients (hours, bias column)", Arrays.toString(InterviewModels.logisticRegression(exam, "passed")));

// --- k-means from given centroids: cluster indexes follow the centroids' order. ---
double[][] points = {{1, 1}, {1.5, 2}, {3, 4}, {5, 7}, {3.5, 5}, {4.5, 5}, {3.5, 4.5}};
show("kMeans(points, 2, from (1, 1) and (5, 7))", Arrays.toString(InterviewModels.kMeans(points, 2, new double[][] {{1, 1}, {5, 7}})));
