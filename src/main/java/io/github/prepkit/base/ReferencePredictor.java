package io.github.prepkit.base;

import tech.tablesaw.api.Table;

/**
 * A fitted model that can remember a reference table's rows, to predict tables that differ from it in a few values
 * faster than afresh: permutation importance predicts the same rows again and again with one column shuffled
 * ({@link io.github.prepkit.inspection.PermutationImportance} asks every model that can).
 */
public interface ReferencePredictor extends PredictorModel {

    /**
     * A copy of this model that predicts every table exactly as this one does (the same values bit for bit, the same
     * errors), and tables with as many rows as {@code reference} faster, the fewer values differ from its rows. It
     * holds what it remembers of the reference in memory, so keep it only as long as it is used; it is saved and
     * compared as this model is.
     *
     * @param reference rows with the fitted feature columns
     * @return a model of the same type, or this model itself when the reference is too large to remember
     * @throws IllegalArgumentException if the reference's columns differ from the fitted ones, naming the column
     */
    PredictorModel around(Table reference);
}
