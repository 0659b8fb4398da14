package io.github.prepkit.encode;

import io.github.prepkit.base.SupervisedTransformer;
import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.Tables;
import io.github.prepkit.selection.Fold;
import io.github.prepkit.selection.KFold;
import io.github.prepkit.selection.StratifiedKFold;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Replaces categorical columns by a smoothed mean of the target per category, as scikit-learn 1.3's
 * {@code TargetEncoder} (scikit-learn 1.2.1 has none; its {@code multiclass} target type came in 1.4): a binary
 * target's category is encoded by its share of the second class, a continuous target's by its mean, a multiclass
 * target's by its share of each class, one column {@code <column>_<class>} per class (scikit-learn's
 * {@code get_feature_names_out}). A binary or continuous encoded column gives way, in its place, to a double column of
 * the same name; every other column is copied unchanged.
 *
 * <p>Smoothing mixes each category's mean with the target mean: {@code smooth} empty (the default, scikit-learn's
 * {@code "auto"}) takes an empirical Bayes weight per category, {@code λ = n·var(y) / (n·var(y) + Σ(y - ȳ_c)² / n)},
 * and the encoding {@code λ·ȳ_c + (1 - λ)·ȳ}; a category where λ is 0 / 0 (the target is constant) gets the target
 * mean. A number {@code m} gives the m-estimate {@code (Σy_c + m·ȳ) / (n_c + m)}. See {@link TargetEncoderModel}.
 *
 * <p>{@link #fit} learns the encodings on every row; {@link #trainingOutput} (and so a pipeline's training, and
 * {@link #fitTransform}) cross-fits as scikit-learn's {@code fit_transform}: the rows are cut into {@code cv} folds
 * ({@link KFold} for a continuous target, {@link StratifiedKFold} for classes, shuffled by {@code seed} with
 * {@code shuffle}) and each fold's rows are encoded by what the other folds learned, so that no row's code saw its own
 * target. Our folds are prepkit's, shuffled by our own generator: with {@code shuffle} rows fall in other folds than
 * numpy's would put them (without it, they are scikit-learn's).
 *
 * <p>The categories are learned (sorted, as {@link OrdinalEncoder}'s) or given per column; missing values (the empty
 * string, NaN) are a category of their own, as in scikit-learn 1.3. A value that is no category at fit (given
 * categories that omit it) is not counted, where scikit-learn 1.3 counts it under the first category; at transform it
 * gets the target mean, as scikit-learn's unknown categories do. By default every string column is encoded;
 * {@link #columns(String...)} names the columns, which may also be numeric.
 *
 * @param columns    the columns to encode; empty means every string column
 * @param categories per column, its categories as given (the missing value last, if a category); a column not named
 *                   here learns them at fit (the default: none named, scikit-learn's "auto")
 * @param targetType the target's type (default {@link TargetType#AUTO}, inferred as scikit-learn's
 *                   {@code type_of_target})
 * @param smooth     the m-estimate's weight {@code m}, at least 0; empty (the default) for scikit-learn's {@code "auto"}
 *                   (empirical Bayes)
 * @param cv         the number of folds of the cross-fitting, at least 2 (default 5)
 * @param shuffle    whether the cross-fitting shuffles the rows before cutting the folds (default true)
 * @param seed       the seed of that shuffle (default 0; scikit-learn's {@code random_state})
 */
public record TargetEncoder(List<String> columns, Map<String, List<String>> categories, TargetType targetType,
        OptionalDouble smooth, int cv, boolean shuffle, long seed) implements SupervisedTransformer<TargetEncoderModel> {

    private static final String STEP = "TargetEncoder";

    /**
     * Validates the parameters and freezes the column list and the categories (sorted by column name).
     *
     * @throws IllegalArgumentException naming the parameter: a null or repeated column name; a null, empty or repeated
     *                                  category; a null {@code targetType}; a {@code smooth} that is negative or not
     *                                  finite; {@code cv} below 2
     */
    public TargetEncoder {
        columns = Checks.columnNames(columns, STEP);
        categories = OrdinalCategories.frozen(categories, STEP);
        Checks.notNull(targetType, "targetType");
        Checks.notNull(smooth, "smooth");
        if (smooth.isPresent() && !(smooth.getAsDouble() >= 0 && Double.isFinite(smooth.getAsDouble()))) {
            throw new IllegalArgumentException(STEP + ": smooth must be a finite number at least 0 (or auto), found "
                    + smooth.getAsDouble());
        }
        if (cv < 2) {
            throw new IllegalArgumentException(STEP + ": cv must be at least 2, found " + cv);
        }
    }

    /** scikit-learn 1.3's defaults: every string column, learned categories, target type and smoothing auto, 5 folds. */
    public TargetEncoder() {
        this(List.of(), Map.of(), TargetType.AUTO, OptionalDouble.empty(), 5, true, 0);
    }

    /** A copy that encodes only the named columns (string or numeric); with no name, every string column. */
    public TargetEncoder columns(String... columns) {
        return new TargetEncoder(Checks.asList("columns", columns), categories, targetType, smooth, cv, shuffle, seed);
    }

    /**
     * A copy whose column {@code column} has the categories {@code categories} instead of learning them, as
     * {@link OrdinalEncoder#categories(String, String...)}: end with the column's missing value ({@code ""} or
     * {@code "NaN"}) to make missing values a category.
     */
    public TargetEncoder categories(String column, String... categories) {
        return categories(OrdinalCategories.with(this.categories, column, categories));
    }

    /** A copy with these categories per column; empty learns them all. */
    public TargetEncoder categories(Map<String, List<String>> categories) {
        return new TargetEncoder(columns, categories, targetType, smooth, cv, shuffle, seed);
    }

    /** A copy that reads the target as {@code targetType}. */
    public TargetEncoder targetType(TargetType targetType) {
        return new TargetEncoder(columns, categories, targetType, smooth, cv, shuffle, seed);
    }

    /** A copy with the m-estimate's weight {@code smooth} (at least 0) instead of empirical Bayes. */
    public TargetEncoder smooth(double smooth) {
        return new TargetEncoder(columns, categories, targetType, OptionalDouble.of(smooth), cv, shuffle, seed);
    }

    /** A copy that smooths by empirical Bayes, scikit-learn's {@code smooth="auto"} (the default). */
    public TargetEncoder smoothAuto() {
        return new TargetEncoder(columns, categories, targetType, OptionalDouble.empty(), cv, shuffle, seed);
    }

    /** A copy whose cross-fitting uses {@code cv} folds. */
    public TargetEncoder cv(int cv) {
        return new TargetEncoder(columns, categories, targetType, smooth, cv, shuffle, seed);
    }

    /** A copy whose cross-fitting does ({@code true}) or does not shuffle the rows before cutting the folds. */
    public TargetEncoder shuffle(boolean shuffle) {
        return new TargetEncoder(columns, categories, targetType, smooth, cv, shuffle, seed);
    }

    /** A copy whose cross-fitting shuffles with {@code seed}. */
    public TargetEncoder seed(long seed) {
        return new TargetEncoder(columns, categories, targetType, smooth, cv, shuffle, seed);
    }

    /**
     * Learns each encoded column's categories and their encodings on every row of {@code features}.
     *
     * @throws IllegalArgumentException if the table is empty or the target has another length; a named column is
     *                                  missing or neither string nor numeric; categories are given for a column that
     *                                  is not encoded, or do not suit its type; an encoded numeric column has an
     *                                  infinite value; or the target does not suit the target type (see
     *                                  {@link TargetType}): a missing value, text where numbers are needed, continuous
     *                                  values where classes are needed, more than two classes for BINARY
     */
    @Override
    public TargetEncoderModel fit(Table features, Column<?> target) {
        requireRows(features, target);
        Map<String, List<String>> byColumn = OrdinalCategories.ofTable(features, columns, columnKind(), categories,
                STEP);
        return TargetEncoderModel.fitted(this, features, byColumn, TargetValues.of(target, targetType, STEP));
    }

    /**
     * The cross-fitted encoding of the training rows, as scikit-learn's {@code fit_transform}: each of the {@code cv}
     * folds' rows encoded by encodings learned on the other folds (unknown values by those folds' target mean).
     *
     * @throws IllegalArgumentException as {@link #fit}, if {@code target}'s classes are not the model's, or if a class
     *                                  has fewer rows than {@code cv} (stratified folds) or the table fewer rows
     */
    @Override
    public Table trainingOutput(TargetEncoderModel model, Table features, Column<?> target) {
        Checks.notNull(model, "model");
        requireRows(features, target);
        TargetValues values = TargetValues.of(target, model.targetType(), STEP);
        if (!values.classes().equals(model.classes())) {
            throw new IllegalArgumentException(STEP + ": the target's classes " + values.classes() + " are not the"
                    + " model's " + model.classes() + "; give the target the model was fitted with");
        }
        List<Fold> folds = model.targetType() == TargetType.CONTINUOUS
                ? new KFold(cv, shuffle, seed).split(features.rowCount())
                : new StratifiedKFold(cv, shuffle, seed).split(target);
        return model.crossFitted(features, values, folds, STEP + ".trainingOutput");
    }

    private static void requireRows(Table features, Column<?> target) {
        Tables.requireRows(features, STEP);
        Checks.notNull(target, "target");
        if (target.size() != features.rowCount()) {
            throw new IllegalArgumentException(STEP + ": the target '" + target.name() + "' has " + target.size()
                    + " values, the features " + features.rowCount() + " rows");
        }
    }

    /**
     * The kind of column encoded: string columns by default, numeric or string ones when named.
     *
     * @return {@link ColumnKind#STRING} when no column is named, else {@link ColumnKind#NUMERIC_OR_STRING}
     */
    public ColumnKind columnKind() {
        return columns.isEmpty() ? ColumnKind.STRING : ColumnKind.NUMERIC_OR_STRING;
    }
}
