/**
 * Data sets and column access, the part of {@code sklearn.datasets} and of a model's bookkeeping that prepkit needs:
 * {@link Datasets#load(String)} reads a bundled data set (iris, breast cancer, ...) from the class path;
 * {@link Columns} looks columns up by exact name, failing with a message that names the column; {@link Schema} and
 * {@link TargetClasses} record the columns and the classes a model saw at fit, so later tables are checked against them
 * and predictions keep the target's type.
 */
package io.github.prepkit.data;
