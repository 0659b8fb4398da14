/**
 * The questions of a Python machine-learning interview answered in Java, with no scikit-learn twin: {@link Algorithms}
 * holds the coding challenges, {@link PandasExercises} the pandas questions on Tablesaw tables and
 * {@link InterviewModels} the from-scratch models (kNN, a random forest, logistic regression, k-means). Each method
 * states the question and the approach; the demo's {@code algorithms} and {@code pandas} topics run them.
 */
package io.github.prepkit.exercises;
