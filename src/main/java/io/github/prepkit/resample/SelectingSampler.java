package io.github.prepkit.resample;

import io.github.prepkit.base.Sampler;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.Tables;
import tech.tablesaw.api.Table;

/**
 * A sampler that keeps some of the rows it is given and adds none: imbalanced-learn's under-samplers that select or
 * clean rows, whose {@code sample_indices_} is {@link #sampleIndices}. The kept rows stay in their original order
 * (imbalanced-learn groups them by class).
 */
public interface SelectingSampler extends Sampler {

    /**
     * The rows of {@code data} that {@link #fitResample} keeps, by index, ascending.
     *
     * @param data   the training table, target column included; not modified
     * @param target the exact name of the target column, whose values are the classes
     * @return the kept rows' indexes, a new array
     * @throws IllegalArgumentException as {@link #fitResample}
     */
    int[] sampleIndices(Table data, String target);

    /** The rows {@link #sampleIndices} gives, in their order. */
    @Override
    default Table fitResample(Table data, String target) {
        return Tables.rows(Checks.notNull(data, "data"), sampleIndices(data, target));
    }
}
