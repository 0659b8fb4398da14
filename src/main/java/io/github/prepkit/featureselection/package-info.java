/**
 * Choosing feature columns, as {@code sklearn.feature_selection} ({@code selection} is model selection):
 * {@link VarianceThreshold} drops low-variance columns without looking at the target; {@link SelectKBest} and
 * {@link SelectPercentile} keep the columns a {@link ScoreFunction} (F-tests, chi², mutual information) scores highest
 * against the target; {@link SelectFromModel} keeps the columns a fitted model weighs most (its coefficients or
 * feature importances), and {@link RFE} drops the lightest ones round by round, refitting the model each time. Every
 * selector keeps the chosen columns unchanged and in their place, drops the others, and passes non-numeric columns
 * through.
 */
package io.github.prepkit.featureselection;
