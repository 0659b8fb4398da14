package io.github.prepkit.encode;

import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Schema;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The check that the 0/1 columns replacing encoded columns take no name Tablesaw would confuse with another's. */
final class DummyNames {

    private DummyNames() {
    }

    /**
     * Fails if two output columns would have names Tablesaw takes for one (it ignores case and surrounding spaces):
     * two dummies (levels {@code "Red"} and {@code "red"}, or {@code "a"} and {@code "a "}), or a dummy and a column
     * that is kept.
     *
     * @param schema  the fitted columns
     * @param dummies per encoded column, the names of the columns that replace it
     * @param step    names the model in messages
     * @throws IllegalArgumentException naming both columns
     */
    static void requireFree(Schema schema, Map<String, List<String>> dummies, String step) {
        Map<String, String> kept = new HashMap<>();
        schema.names().stream().filter(name -> !dummies.containsKey(name))
                .forEach(name -> kept.put(Columns.nameKey(name), name));
        Map<String, String> taken = new HashMap<>();
        dummies.forEach((encoded, names) -> {
            for (String name : names) {
                String key = Columns.nameKey(name);
                String column = kept.get(key);
                if (column != null) {
                    throw new IllegalArgumentException(step + ": the dummy column '" + name + "' of column '" + encoded
                            + "' would take the name of column '" + column + "' (Tablesaw ignores case and surrounding"
                            + " spaces in names); rename that column");
                }
                String earlier = taken.putIfAbsent(key, name);
                if (earlier != null) {
                    throw new IllegalArgumentException(step + ": the dummy columns '" + earlier + "' and '" + name
                            + "' would be one column to Tablesaw, which ignores case and surrounding spaces in names;"
                            + " make the levels differ by more than that (normalise the text before encoding)");
                }
            }
        });
    }
}
