package io.github.prepkit.selection;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One point of a search: a value for each axis, read typed by {@link #get(Axis)}. Immutable. */
public final class Candidate {

    private final List<Axis<?>> axes;
    private final List<Object> values;

    Candidate(List<Axis<?>> axes, List<Object> values) {
        this.axes = List.copyOf(axes);
        this.values = List.copyOf(values);
    }

    /**
     * This candidate's value of {@code axis}.
     *
     * @param axis one of the search's axes
     * @param <V>  the type of its values
     * @throws IllegalArgumentException if the axis is not one of the search's
     */
    @SuppressWarnings("unchecked")
    public <V> V get(Axis<V> axis) {
        int index = axes.indexOf(axis);
        if (index < 0) {
            throw new IllegalArgumentException("axis '" + (axis == null ? null : axis.name())
                    + "' is not an axis of this search; its axes are " + axes.stream().map(Axis::name).toList());
        }
        return (V) values.get(index);
    }

    /** The values by axis name, in axis order (as scikit-learn's {@code best_params_}). */
    public Map<String, Object> values() {
        Map<String, Object> byName = new LinkedHashMap<>();
        for (int i = 0; i < axes.size(); i++) {
            byName.put(axes.get(i).name(), values.get(i));
        }
        return Collections.unmodifiableMap(byName);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Candidate candidate && values().equals(candidate.values());
    }

    @Override
    public int hashCode() {
        return values().hashCode();
    }

    @Override
    public String toString() {
        return values().toString();
    }
}
