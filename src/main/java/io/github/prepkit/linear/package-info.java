/**
 * Linear models, as {@code sklearn.linear_model}: {@link LinearRegression} (ordinary least squares),
 * {@link LogisticRegression} (multinomial or one-vs-rest; Newton, L-BFGS or gradient descent; L2 penalty) and
 * {@link SGDRegressor} (stochastic gradient descent). The minimiser behind the gradient-descent fits,
 * {@link GradientDescent}, is public too, with its {@link Loss} functions (squared, absolute, log, Minkowski) and
 * {@link LearningRate} schedules.
 */
package io.github.prepkit.linear;
