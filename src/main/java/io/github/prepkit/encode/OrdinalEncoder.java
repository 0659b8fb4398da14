package io.github.prepkit.encode;

import io.github.prepkit.base.Transformer;
import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.Tables;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import tech.tablesaw.api.Table;

/**
 * Replaces categorical columns by their category codes 0, 1, 2..., as scikit-learn 1.2.1's {@code OrdinalEncoder}:
 * each encoded column gives way, in its place, to a double column of the same name holding the code of each row's
 * category; every other column is copied unchanged. {@link OrdinalEncoderModel#inverseTransform} maps codes back.
 *
 * <p>By default every string column is encoded; {@link #columns(String...)} names the columns, which may also be
 * numeric. scikit-learn encodes every column it is given, numbers included; a numeric column here is a measurement
 * unless named, as for {@link OneHotEncoder}. An infinite value in an encoded numeric column fails, as scikit-learn's
 * "Input contains infinity".
 *
 * <p>The categories are learned, sorted as scikit-learn sorts them: strings by {@link String#compareTo} (Python's
 * order for text within the Basic Multilingual Plane), numbers by value (2 before 10); or given per column with
 * {@link #categories(String, String...)}: strings in the order given (the codes follow it), numbers in increasing order
 * (scikit-learn refuses unsorted numerical categories). With {@link HandleUnknown#ERROR}, a value at fit that is not
 * among a column's given categories fails fit, as scikit-learn.
 *
 * <p>Missing values (the empty string, NaN) seen at fit are a category of their own, last (scikit-learn's NaN in
 * {@code categories_}), encoded as {@code encodedMissingValue}: NaN by default, so a missing value stays missing. A
 * given list makes missing values a category when it ends with the column's missing value: the empty string for a
 * string column, {@code "NaN"} for a numeric one. A missing value in a column where it is no category is unknown.
 * scikit-learn 1.2.1 counts the missing category's own index among the codes in use: {@code unknownValue} and
 * {@code encodedMissingValue} may not be a code from 0 to the number of categories - 1, the missing one included.
 *
 * <p>A category not seen at fit fails {@code transform} with {@link HandleUnknown#ERROR} (the default), or is encoded
 * as {@code unknownValue} with {@link HandleUnknown#USE_ENCODED_VALUE}, which {@link #unknownValue(double)} sets.
 * As scikit-learn 1.2.1, {@code unknownValue} may equal {@code encodedMissingValue}; inverseTransform then gives a
 * missing value for both.
 *
 * @param columns             the columns to encode; empty means every string column
 * @param categories          per column, its categories as given (the missing value last, if a category); a column
 *                            not named here learns them at fit (the default: none named, scikit-learn's "auto")
 * @param handleUnknown       what {@code transform} does with a category not seen at fit: {@link HandleUnknown#ERROR}
 *                            (the default) or {@link HandleUnknown#USE_ENCODED_VALUE}
 * @param unknownValue        the code of an unknown category, a whole number or NaN: present exactly when
 *                            {@code handleUnknown} is {@link HandleUnknown#USE_ENCODED_VALUE}, as scikit-learn requires
 * @param encodedMissingValue the code of a missing value, a whole number; empty (the default) for NaN, scikit-learn's
 *                            default {@code np.nan}
 */
public record OrdinalEncoder(List<String> columns, Map<String, List<String>> categories, HandleUnknown handleUnknown,
        OptionalDouble unknownValue, OptionalDouble encodedMissingValue) implements Transformer<OrdinalEncoderModel> {

    private static final String STEP = "OrdinalEncoder";

    /**
     * Validates the parameters and freezes the column list and the categories (sorted by column name).
     *
     * @throws IllegalArgumentException naming the parameter: a null or repeated column name; a null, empty or repeated
     *                                  category; {@link HandleUnknown#IGNORE} (a one-hot encoder's choice); an
     *                                  {@code unknownValue} missing with {@link HandleUnknown#USE_ENCODED_VALUE},
     *                                  present with {@link HandleUnknown#ERROR}, or neither whole nor NaN; an
     *                                  {@code encodedMissingValue} that is not a whole number
     */
    public OrdinalEncoder {
        columns = Checks.columnNames(columns, STEP);
        categories = OrdinalCategories.frozen(categories, STEP);
        Checks.notNull(handleUnknown, "handleUnknown");
        Checks.notNull(unknownValue, "unknownValue");
        Checks.notNull(encodedMissingValue, "encodedMissingValue");
        if (handleUnknown == HandleUnknown.IGNORE) {
            throw new IllegalArgumentException(STEP + ": handleUnknown must be ERROR or USE_ENCODED_VALUE, found IGNORE"
                    + " (a OneHotEncoder's choice)");
        }
        if (handleUnknown == HandleUnknown.USE_ENCODED_VALUE && unknownValue.isEmpty()) {
            throw new IllegalArgumentException(STEP + ": unknownValue must be set when handleUnknown is "
                    + "USE_ENCODED_VALUE; set both with unknownValue(-1), say");
        }
        if (handleUnknown == HandleUnknown.ERROR && unknownValue.isPresent()) {
            throw new IllegalArgumentException(STEP + ": unknownValue must only be set when handleUnknown is "
                    + "USE_ENCODED_VALUE, found " + unknownValue.getAsDouble() + " with ERROR");
        }
        if (unknownValue.isPresent() && !isCode(unknownValue.getAsDouble()) && !Double.isNaN(unknownValue.getAsDouble())) {
            throw new IllegalArgumentException(STEP + ": unknownValue must be a whole number or NaN, found "
                    + unknownValue.getAsDouble());
        }
        if (encodedMissingValue.isPresent() && !isCode(encodedMissingValue.getAsDouble())) {
            throw new IllegalArgumentException(STEP + ": encodedMissingValue must be a whole number (or empty for NaN),"
                    + " found " + encodedMissingValue.getAsDouble());
        }
    }

    /** scikit-learn's defaults: every string column, learned categories, unknown fails, missing stays NaN. */
    public OrdinalEncoder() {
        this(List.of(), Map.of(), HandleUnknown.ERROR, OptionalDouble.empty(), OptionalDouble.empty());
    }

    /** Whether {@code value} is a finite whole number, as a code must be. */
    private static boolean isCode(double value) {
        return Double.isFinite(value) && value == Math.rint(value);
    }

    /** A copy that encodes only the named columns (string or numeric); with no name, every string column. */
    public OrdinalEncoder columns(String... columns) {
        return new OrdinalEncoder(Checks.asList("columns", columns), categories, handleUnknown, unknownValue,
                encodedMissingValue);
    }

    /**
     * A copy whose column {@code column} has the categories {@code categories}, in code order, instead of learning them:
     * strings in any order, numbers (as text, read by {@link Double#parseDouble}) in increasing order; end with the
     * column's missing value ({@code ""} for a string column, {@code "NaN"} for a numeric one) to make missing values a
     * category. The column must be encoded (a string column, or one named in {@link #columns(String...)}).
     */
    public OrdinalEncoder categories(String column, String... categories) {
        return categories(OrdinalCategories.with(this.categories, column, categories));
    }

    /** A copy with these categories per column (see {@link #categories(String, String...)}); empty learns them all. */
    public OrdinalEncoder categories(Map<String, List<String>> categories) {
        return new OrdinalEncoder(columns, categories, handleUnknown, unknownValue, encodedMissingValue);
    }

    /**
     * A copy that treats a category not seen at fit as {@code handleUnknown} says: {@link HandleUnknown#ERROR} (which
     * clears {@code unknownValue}) or {@link HandleUnknown#USE_ENCODED_VALUE} (which needs one: see
     * {@link #unknownValue(double)}).
     */
    public OrdinalEncoder handleUnknown(HandleUnknown handleUnknown) {
        return new OrdinalEncoder(columns, categories, handleUnknown,
                handleUnknown == HandleUnknown.ERROR ? OptionalDouble.empty() : unknownValue, encodedMissingValue);
    }

    /**
     * A copy that encodes a category not seen at fit as {@code unknownValue}, a whole number (not a code in use) or NaN:
     * scikit-learn's {@code handle_unknown="use_encoded_value"} with {@code unknown_value}, set at once.
     */
    public OrdinalEncoder unknownValue(double unknownValue) {
        return new OrdinalEncoder(columns, categories, HandleUnknown.USE_ENCODED_VALUE, OptionalDouble.of(unknownValue),
                encodedMissingValue);
    }

    /** A copy that encodes a missing value as {@code encodedMissingValue}, a whole number (not a code in use) or NaN. */
    public OrdinalEncoder encodedMissingValue(double encodedMissingValue) {
        return new OrdinalEncoder(columns, categories, handleUnknown, unknownValue,
                Double.isNaN(encodedMissingValue) ? OptionalDouble.empty() : OptionalDouble.of(encodedMissingValue));
    }

    /**
     * Learns or checks each encoded column's categories.
     *
     * @throws IllegalArgumentException if the table is empty; a named column is missing or neither string nor numeric;
     *                                  a column given categories is not encoded, or its categories do not suit its type;
     *                                  an encoded numeric column has an infinite value; with {@link HandleUnknown#ERROR}
     *                                  a value is not among its column's given categories; or {@code unknownValue} or
     *                                  {@code encodedMissingValue} is a code in use
     */
    @Override
    public OrdinalEncoderModel fit(Table table) {
        Tables.requireRows(table, STEP);
        Map<String, List<String>> byColumn = OrdinalCategories.ofTable(table, columns, columnKind(), categories, STEP);
        OrdinalEncoderModel model = OrdinalEncoderModel.of(this, Schema.of(table), byColumn);
        if (handleUnknown == HandleUnknown.ERROR) {
            model.requireKnown(table, categories.keySet(), STEP);
        }
        return model;
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
