package io.github.prepkit.persist;

import io.github.prepkit.base.Model;
import io.github.prepkit.base.Predictor;
import io.github.prepkit.internal.data.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Saves fitted prepkit models and pipelines to model files and loads them back, in the spirit of
 * {@link java.nio.file.Files}:
 * <pre>{@code
 * ModelFiles.save(fittedModel, Path.of("churn.prepkit"));
 * ClassifierPipelineModel m = ModelFiles.load(Path.of("churn.prepkit"), ClassifierPipelineModel.class);
 * String summary = ModelFiles.inspect(Path.of("churn.prepkit"));
 * }</pre>
 * A loaded model transforms and predicts bit for bit as the saved one, and saving it again writes the same bytes.
 * Loading is safe on files from anywhere: types resolve only through a closed registry compiled into prepkit, sizes
 * and depths are bounded, checksums and shapes must match, and every model is rebuilt through its validating factory;
 * a bad file fails with a {@link ModelFileException} saying what is wrong and where. The format is described in the
 * {@linkplain io.github.prepkit.persist package documentation}.
 */
public final class ModelFiles {

    /** The largest model file read, in bytes. */
    public static final long MAX_FILE_BYTES = Integer.MAX_VALUE - 8;

    private static final String WRITER = "prepkit " + version();

    private ModelFiles() {
    }

    /**
     * Writes {@code model} to {@code file}, replacing it if it exists.
     *
     * @param model a fitted prepkit model or pipeline
     * @param file  where to write it; by convention its name ends in {@code .prepkit}
     * @throws IllegalArgumentException if the model holds something that cannot be saved (a step of user code, such
     *                                  as a lambda), naming where it is
     * @throws IOException              if the file cannot be written
     */
    public static void save(Model model, Path file) throws IOException {
        Checks.notNull(file, "file");
        Files.write(file, toBytes(model));
    }

    /**
     * {@code model} as the bytes of a model file, as {@link #save} writes them.
     *
     * @param model a fitted prepkit model or pipeline
     * @return the model file's bytes, the same for the same model
     * @throws IllegalArgumentException if the model holds something that cannot be saved, naming where it is
     */
    public static byte[] toBytes(Model model) {
        return encode(Checks.notNull(model, "model"));
    }

    /**
     * An unfitted predictor or pipeline (its parameters only) as the bytes of a model file: how a search's candidates
     * travel to Spark's executors, to be fitted there.
     *
     * @param estimator any of prepkit's own predictors or pipelines ending in one
     * @return the bytes, the same for the same parameters
     * @throws IllegalArgumentException if the estimator holds something that cannot be saved (a step of user code,
     *                                  such as a lambda), naming where it is
     */
    public static byte[] estimatorToBytes(Predictor<?> estimator) {
        return encode(Checks.notNull(estimator, "estimator"));
    }

    /**
     * The estimator in bytes {@link #estimatorToBytes} wrote, which must be a {@code type}.
     *
     * @throws ModelFileException if the bytes are not a valid model file of a {@code type}, saying what is wrong
     */
    public static <T extends Predictor<?>> T estimatorFromBytes(byte[] bytes, Class<T> type) {
        return decode(bytes, type);
    }

    private static byte[] encode(Object value) {
        List<byte[]> arrays = new ArrayList<>();
        Map<String, Object> root = Codecs.encode(value, new NodeWriter(arrays, ""));
        return Archive.write(Json.write(root), arrays, WRITER);
    }

    /**
     * The model in {@code file}, which must be a {@code type}.
     *
     * @param file a model file, as {@link #save} writes it
     * @param type the class the model must have or extend, such as {@code ClassifierPipelineModel.class} or
     *             {@code Model.class}
     * @param <T>  the model's type
     * @return the model, rebuilt through its validating factory
     * @throws ModelFileException if the file is not a valid model file of a {@code type} or is larger than
     *                            {@link #MAX_FILE_BYTES}, saying what is wrong
     * @throws IOException        if the file cannot be read
     */
    public static <T extends Model> T load(Path file, Class<T> type) throws IOException {
        return fromBytes(read(file), type);
    }

    /**
     * The model in the bytes of a model file, which must be a {@code type}.
     *
     * @param bytes a model file's bytes, as {@link #toBytes} gives them
     * @param type  the class the model must have or extend
     * @param <T>   the model's type
     * @return the model, rebuilt through its validating factory
     * @throws ModelFileException if the bytes are not a valid model file of a {@code type}, saying what is wrong
     */
    public static <T extends Model> T fromBytes(byte[] bytes, Class<T> type) {
        return decode(bytes, type);
    }

    private static <T> T decode(byte[] bytes, Class<T> type) {
        Checks.notNull(bytes, "bytes");
        Checks.notNull(type, "type");
        Archive.Contents contents = Archive.read(bytes);
        Object root = Json.parse(contents.entries().get(Archive.MODEL), Archive.MODEL);
        ArrayEntries arrays = arrays(contents);
        T model = Codecs.decode(root, type, arrays, "");
        arrays.requireAllTaken();
        return model;
    }

    /**
     * What {@code file} holds, as text, without building any model: the format and the writer, the entries, and the
     * tree of typed nodes with their columns. The file's checksums are verified.
     *
     * @param file a model file
     * @return a description of several lines
     * @throws ModelFileException if the file is not a valid model file container
     * @throws IOException        if the file cannot be read
     */
    public static String inspect(Path file) throws IOException {
        Archive.Contents contents = Archive.read(read(file));
        return Inspection.describe(file.getFileName().toString(), contents);
    }

    private static byte[] read(Path file) throws IOException {
        Checks.notNull(file, "file");
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw new ModelFileException(file + ": " + size + " bytes, more than a model file may hold ("
                    + MAX_FILE_BYTES + ")");
        }
        return Files.readAllBytes(file);
    }

    /** Every array entry, read and checked. */
    private static ArrayEntries arrays(Archive.Contents contents) {
        Map<String, Npy.Array> arrays = new LinkedHashMap<>();
        contents.entries().forEach((name, bytes) -> {
            if (!name.equals(Archive.MODEL)) {
                arrays.put(name, Npy.read(bytes, name));
            }
        });
        return new ArrayEntries(arrays);
    }

    /** This prepkit as a model file's writer: {@code prepkit <version>}. */
    static String writer() {
        return WRITER;
    }

    private static String version() {
        Properties properties = new Properties();
        try (InputStream in = ModelFiles.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "unknown");
    }
}
