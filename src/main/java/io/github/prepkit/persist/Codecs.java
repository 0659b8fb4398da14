package io.github.prepkit.persist;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The closed registry of every class a model file may name: estimators, models and what they hold, compiled into
 * prepkit. A type tag read from a file is only ever looked up here, never loaded as a class, so a file cannot make
 * prepkit create anything but these.
 */
final class Codecs {

    private static final List<Codec<?>> ALL = Stream.of(ClusterCodecs.ALL, DecompositionCodecs.ALL, EncodeCodecs.ALL,
            ImputeCodecs.ALL,
            LinearCodecs.ALL, NeighborsCodecs.ALL, OutlierCodecs.ALL, PipelineCodecs.ALL, ResampleCodecs.ALL,
            BaggingCodecs.ALL, FeatureSelectionCodecs.ALL,
            PowerQuantileCodecs.ALL,
            ScaleCodecs.ALL, TransformCodecs.ALL, TreeCodecs.ALL, BoostingCodecs.ALL).flatMap(List::stream).toList();
    private static final Map<String, Codec<?>> BY_TYPE = new HashMap<>();
    private static final Map<Class<?>, Codec<?>> BY_CLASS = new HashMap<>();

    static {
        for (Codec<?> codec : ALL) {
            if (BY_TYPE.put(codec.type(), codec) != null || BY_CLASS.put(codec.javaType(), codec) != null) {
                throw new IllegalStateException("two codecs for " + codec.type());
            }
        }
    }

    private Codecs() {
    }

    /**
     * {@code value} as a typed node: its type tag and node version, then what its codec writes.
     *
     * @throws IllegalArgumentException if {@code value} is not of a prepkit class that can be saved (user code, such
     *                                  as a lambda), naming where it is
     */
    static Map<String, Object> encode(Object value, NodeWriter node) {
        Codec<?> codec = value == null ? null : BY_CLASS.get(value.getClass());
        if (codec == null) {
            throw new IllegalArgumentException("cannot save " + (value == null ? "null" : value.getClass().getName())
                    + " at " + node.path() + ": only prepkit's own estimators and models can be saved, not user code"
                    + " such as a lambda or a class of your own (scikit-learn needs cloudpickle for the same)");
        }
        node.string("type", codec.type()).integer("version", codec.version());
        codec.write(value, node);
        return node.fields();
    }

    /**
     * The value of the typed node {@code json} at {@code path}, which must be a {@code expected}.
     *
     * @throws ModelFileException if the node is not a typed node of a known type and version, is not a
     *                            {@code expected}, or its content is wrong, naming the path
     */
    static <T> T decode(Object json, Class<T> expected, ArrayEntries arrays, String path) {
        String where = Archive.MODEL + " at " + (path.isEmpty() ? "the root" : path);
        if (!(json instanceof Map<?, ?> node)) {
            throw new ModelFileException(where + ": expected a typed node, an object with a type and a version");
        }
        NodeReader content = new NodeReader(node, arrays, path, 0);
        String type = content.string("type");
        Codec<?> codec = BY_TYPE.get(type);
        if (codec == null) {
            throw new ModelFileException(where + ": unknown type \"" + type + "\": a model file"
                    + " names only prepkit's own classes");
        }
        long version = content.integer("version");
        if (version < 1 || version > codec.version()) {
            throw new ModelFileException(where + ": " + type + " node version " + version
                    + (version < 1 ? " is not a version" : " is newer than this " + ModelFiles.writer() + " reads ("
                    + codec.version() + "): load the file with a newer prepkit"));
        }
        content.version((int) version);
        if (!expected.isAssignableFrom(codec.javaType())) {
            throw new ModelFileException(where + ": expected " + expected.getSimpleName()
                    + ", found " + type);
        }
        try {
            T value = expected.cast(codec.reader().apply(content));
            content.requireAllRead();
            return value;
        } catch (ModelFileException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ModelFileException(where + ": " + e.getMessage(), e);
        }
    }
}
