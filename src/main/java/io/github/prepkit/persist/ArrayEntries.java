package io.github.prepkit.persist;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code .npy} arrays of a model file being read. {@code model.json} must refer to each exactly once, as the
 * writer does: a file cannot make one array stand for many (and be copied many times), nor carry arrays nothing uses.
 */
final class ArrayEntries {

    private final Map<String, Npy.Array> arrays;
    private final Set<String> taken = new HashSet<>();

    /** The arrays of a file, by entry name. */
    ArrayEntries(Map<String, Npy.Array> arrays) {
        this.arrays = arrays;
    }

    /**
     * The array named {@code name}, for the field at {@code where}.
     *
     * @throws ModelFileException if the file has no such array, or another field took it already
     */
    Npy.Array take(String name, String where) {
        Npy.Array array = arrays.get(name);
        if (array == null) {
            throw new ModelFileException(where + ": refers to " + name + ", which the file does not hold");
        }
        if (!taken.add(name)) {
            throw new ModelFileException(where + ": refers to " + name + ", which another field refers to already");
        }
        return array;
    }

    /**
     * Fails if an array was never referred to.
     *
     * @throws ModelFileException naming the arrays
     */
    void requireAllTaken() {
        Set<String> unused = new TreeSet<>(arrays.keySet());
        unused.removeAll(taken);
        if (!unused.isEmpty()) {
            throw new ModelFileException(Archive.MODEL + " refers to none of " + unused);
        }
    }
}
