package io.github.prepkit.persist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.base.Model;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.scale.StandardScaler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one exception a bad model file gives: an IllegalArgumentException, from the bytes or from a path. */
class ModelFileExceptionTest {

    @TempDir
    Path folder;

    @Test
    void aFileThatIsNotAModelFileFailsWithIt() throws IOException {
        Path text = Files.writeString(folder.resolve("notes.prepkit"), "not a zip", StandardCharsets.UTF_8);
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFiles.load(text, Model.class));
        assertInstanceOf(IllegalArgumentException.class, e);
        assertEquals("not a prepkit model file: it does not start as a zip file does (9 bytes)", e.getMessage());
        assertThrows(ModelFileException.class, () -> ModelFiles.inspect(text));
    }

    @Test
    void itKeepsTheCauseOfADamagedZip() {
        byte[] file = ModelFiles.toBytes(new StandardScaler().fit(Datasets.load("iris").removeColumns("species")));
        byte[] cut = Arrays.copyOf(file, 100);
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFiles.fromBytes(cut, Model.class));
        assertInstanceOf(IOException.class, e.getCause(), e.getMessage());
        assertTrue(e.getMessage().startsWith("a damaged zip: "), e.getMessage());
    }
}
