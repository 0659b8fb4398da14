package io.github.prepkit.persist;

import io.github.prepkit.base.Model;
import io.github.prepkit.data.Schema;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * How one prepkit class becomes a typed node of {@code model.json} and back: its type tag, the node version it writes
 * (it reads that version and older ones), and its writer and reader. An estimator's node holds its parameters under
 * {@code params}; a model's node holds its estimator's node under {@code estimator}, the fitted {@code schema} and its
 * learned {@code state}. Readers rebuild through the public validating factories, so a model read from a file is
 * checked exactly as one made by fit.
 *
 * @param type     the tag in the file, the class's simple name
 * @param version  the node version written
 * @param javaType the class, looked up exactly (a subclass is not saved as its parent)
 * @param writer   writes a value's fields into its node
 * @param reader   reads a value from its node
 * @param <T>      the class
 */
record Codec<T>(String type, int version, Class<T> javaType, BiConsumer<T, NodeWriter> writer,
        Function<NodeReader, T> reader) {

    /** Writes {@code value}, of {@link #javaType}, into {@code node}. */
    void write(Object value, NodeWriter node) {
        writer.accept(javaType.cast(value), node);
    }

    /** An estimator's codec of node version 1: its parameters, written by {@code params} and read back by {@code read}. */
    static <E> Codec<E> parameters(String type, Class<E> javaType, BiConsumer<E, NodeWriter> params,
            Function<NodeReader, E> read) {
        return parameters(type, 1, javaType, params, read);
    }

    /**
     * An estimator's codec writing node version {@code version}: its parameters, written by {@code params} and read
     * back by {@code read}, which must also read every older version ({@link NodeReader#version()} says which).
     */
    static <E> Codec<E> parameters(String type, int version, Class<E> javaType, BiConsumer<E, NodeWriter> params,
            Function<NodeReader, E> read) {
        return new Codec<>(type, version, javaType, (estimator, node) -> node.object("params", p -> params.accept(estimator, p)),
                node -> read.apply(node.object("params")));
    }

    /**
     * A model's codec of node version 1: its estimator (of {@code estimatorType}), its schema, and its state, written
     * by {@code state} and read back by {@code read}, which must build a model of that schema.
     */
    static <M extends Model, E> Codec<M> model(String type, Class<M> javaType, Class<E> estimatorType,
            BiConsumer<M, NodeWriter> state, StateReader<M, E> read) {
        return model(type, 1, javaType, estimatorType, state, read);
    }

    /**
     * A model's codec writing node version {@code version}, as {@link #model(String, Class, Class, BiConsumer,
     * StateReader)}; {@code read} must also read every older version ({@link NodeReader#version()} says which).
     */
    static <M extends Model, E> Codec<M> model(String type, int version, Class<M> javaType, Class<E> estimatorType,
            BiConsumer<M, NodeWriter> state, StateReader<M, E> read) {
        return new Codec<>(type, version, javaType, (model, node) -> node.typed("estimator", model.estimator())
                .schema("schema", model.schema())
                .object("state", s -> state.accept(model, s)),
                node -> {
                    E fittedWith = node.typed("estimator", estimatorType);
                    Schema schema = node.schema("schema");
                    M model = read.read(fittedWith, schema, node.object("state"));
                    if (!model.schema().equals(schema)) {
                        throw new ModelFileException(Archive.MODEL + " at " + node.path() + "/schema: " + schema
                                + " differs from the columns of the model built from the state, " + model.schema());
                    }
                    return model;
                });
    }

    /**
     * Rebuilds a model from its estimator, its schema and the reader of its state.
     *
     * @param <M> the model
     * @param <E> its estimator
     */
    @FunctionalInterface
    interface StateReader<M, E> {
        M read(E estimator, Schema schema, NodeReader state);
    }
}
