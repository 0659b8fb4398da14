package io.github.prepkit.transform;

import io.github.prepkit.base.Transformer;
import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.Tables;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import tech.tablesaw.api.Table;

/**
 * Applies a function of one's own to every value of numeric columns, as scikit-learn's {@code FunctionTransformer}
 * does with an element-wise function: {@code new FunctionTransformer().func(Math::log1p).inverseFunc(Math::expm1)} is
 * {@code FunctionTransformer(np.log1p, inverse_func=np.expm1)}, which is how it is mostly used. The function is per
 * value ({@link DoubleUnaryOperator}), not per table: the model then knows its output columns (the input's, as
 * doubles), the hot loop stays on primitive arrays, and steps that rearrange columns are {@code ColumnTransformer}'s
 * job. By default every numeric column is transformed; {@link #columns(String...)} narrows it and other columns pass
 * through unchanged.
 *
 * <p>Values go to the function as they are, as scikit-learn's default {@code validate=False} passes them: a missing
 * value as NaN, an infinite one as it is; what the function returns is kept, NaN (a missing value) and infinities
 * included (Math.log1p(-1) is -Infinity, as np.log1p(-1) is -inf). With {@code checkInverse} (the default) and both
 * functions given, fit checks that the inverse undoes the function on every (n / 100)-th row, within scikit-learn's
 * tolerance (relative 1e-7, absolute 1e-9), and logs a warning if it does not; unlike scikit-learn, which warns on any
 * NaN, it skips missing values.
 *
 * <p>A function is user code: a model holding one cannot be saved to a model file, which says so naming the
 * function's place (scikit-learn needs cloudpickle for the same). Without functions (the identity, scikit-learn's
 * {@code func=None}) it can.
 *
 * @param func         the function applied to each value, or null for the identity (the default)
 * @param inverseFunc  the function {@code inverseTransform} applies, or null for the identity (the default)
 * @param checkInverse whether fit checks that {@code inverseFunc} undoes {@code func} (default true)
 * @param columns      the columns to transform; empty means every numeric column
 */
public record FunctionTransformer(DoubleUnaryOperator func, DoubleUnaryOperator inverseFunc, boolean checkInverse,
        List<String> columns) implements Transformer<FunctionTransformerModel> {

    private static final String STEP = "FunctionTransformer";

    /** Freezes the column list. */
    public FunctionTransformer {
        columns = Checks.columnNames(columns, STEP);
    }

    /** scikit-learn's defaults: the identity both ways, the inverse checked, every numeric column. */
    public FunctionTransformer() {
        this(null, null, true, List.of());
    }

    /** A copy applying {@code func} to each value. */
    public FunctionTransformer func(DoubleUnaryOperator func) {
        return new FunctionTransformer(Checks.notNull(func, STEP + ": func"), inverseFunc, checkInverse, columns);
    }

    /** A copy whose {@code inverseTransform} applies {@code inverseFunc} to each value. */
    public FunctionTransformer inverseFunc(DoubleUnaryOperator inverseFunc) {
        return new FunctionTransformer(func, Checks.notNull(inverseFunc, STEP + ": inverseFunc"), checkInverse, columns);
    }

    /** A copy that does ({@code true}) or does not check at fit that the inverse undoes the function. */
    public FunctionTransformer checkInverse(boolean checkInverse) {
        return new FunctionTransformer(func, inverseFunc, checkInverse, columns);
    }

    /** A copy that transforms only the named columns; with no name, every numeric column. */
    public FunctionTransformer columns(String... columns) {
        return new FunctionTransformer(func, inverseFunc, checkInverse, Checks.asList("columns", columns));
    }

    /**
     * Remembers the columns to transform and, with {@code checkInverse}, checks the inverse on a sample of rows.
     *
     * @throws IllegalArgumentException if the table is empty or a named column is missing or not numeric
     */
    @Override
    public FunctionTransformerModel fit(Table table) {
        Tables.requireRows(table, STEP);
        List<String> selected = Columns.select(table, columns, ColumnKind.NUMERIC, STEP);
        FunctionTransformerModel model = FunctionTransformerModel.of(this, Schema.of(table), selected);
        if (checkInverse && func != null && inverseFunc != null) {
            model.checkInverse(table);
        }
        return model;
    }
}
