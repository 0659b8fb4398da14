/**
 * Choosing feature columns, as {@code sklearn.feature_selection} ({@code selection} is model selection):
 * {@link VarianceThreshold} drops low-variance columns without looking at the target; {@link SelectKBest} and
 * {@link SelectPercentile} keep the columns a {@link ScoreFunction} (F-tests, chi², mutual information) scores highest
 * against the target. Every selector keeps the chosen columns unchanged and in their place, drops the others, and
 * passes non-numeric columns through.
 */
package io.github.prepkit.featureselection;
