/**
 * Feature transforms: polynomial features, power and quantile transforms, user functions (scikit-learn's preprocessing transforms beyond scaling and encoding).
 */
package io.github.prepkit.transform;
