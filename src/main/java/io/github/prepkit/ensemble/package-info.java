/**
 * Ensembles of CART trees, as {@code sklearn.ensemble}: {@link RandomForestClassifier} and
 * {@link RandomForestRegressor} average deep trees grown on bootstrap samples (in parallel, identical for any thread
 * count), and {@link BalancedRandomForestClassifier} (imbalanced-learn's) grows each tree on a balanced under-sample;
 * {@link GradientBoostingClassifier} and {@link GradientBoostingRegressor} add shallow regression trees stage
 * by stage; {@link AdaBoostClassifier} boosts any weighted classifier (a stump by default) on reweighted rows, and
 * {@link RUSBoostClassifier} (imbalanced-learn's) on a random under-sample each round.
 * {@link BalancedBaggingClassifier} (imbalanced-learn's) bags any classifier, each member fitted on a random
 * under-sample of its bag; its fitted members are models of their own. {@link EasyEnsembleClassifier} is such a
 * bagging of AdaBoost learners, each on an under-sample of all the rows. Each fits to an immutable model of the same
 * name with {@code Model} appended.
 */
package io.github.prepkit.ensemble;
