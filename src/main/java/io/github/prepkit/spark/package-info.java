/**
 * prepkit on Apache Spark: fitted models applied to a {@code Dataset<Row>} with the numbers they give locally
 * ({@link io.github.prepkit.spark.PrepkitSpark}). prepkit runs its own models inside Spark rather than translating
 * them to Spark ML stages, whose scaler, imputer, one-hot layout and probabilities differ. Spark is a
 * {@code provided} dependency, and this package is for the class path, where Spark runs: Spark's jars have no
 * module names, so the module {@code io.github.prepkit} does not export it.
 */
package io.github.prepkit.spark;
