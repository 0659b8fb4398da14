package io.github.prepkit.cli;

import io.github.prepkit.base.Model;
import io.github.prepkit.persist.ModelFileException;
import io.github.prepkit.persist.ModelFiles;
import java.io.IOException;
import java.nio.file.Path;

/** {@link ModelFiles}' reading methods for the commands: a bad file's message is prefixed by the file's path. */
final class ModelFileReader {

    private ModelFileReader() {
    }

    /**
     * The model in {@code file}, of any type.
     *
     * @throws IllegalArgumentException if the file is not a valid model file: {@link ModelFileException}'s message,
     *                                  after the path
     */
    static Model load(Path file) throws IOException {
        try {
            return ModelFiles.load(file, Model.class);
        } catch (ModelFileException e) {
            throw naming(file, e);
        }
    }

    /**
     * What {@link ModelFiles#inspect} tells of {@code file}.
     *
     * @throws IllegalArgumentException as {@link #load}
     */
    static String inspect(Path file) throws IOException {
        try {
            return ModelFiles.inspect(file);
        } catch (ModelFileException e) {
            throw naming(file, e);
        }
    }

    private static IllegalArgumentException naming(Path file, ModelFileException e) {
        return new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
}
