/**
 * CART decision trees, as {@code sklearn.tree}: {@link DecisionTreeClassifier} (Gini or entropy, see {@link Criterion})
 * and {@link DecisionTreeRegressor} (squared error) fit to models that predict, give feature importances and print
 * their rules with {@code exportText}. A fitted tree is a {@link Tree}, flat arrays as scikit-learn's {@code tree_};
 * the shared model classes ({@link TreeModel} and its subclasses) serve the ensembles too.
 */
package io.github.prepkit.tree;
