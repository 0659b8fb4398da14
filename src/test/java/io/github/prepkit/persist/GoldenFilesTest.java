package io.github.prepkit.persist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.base.Model;
import io.github.prepkit.persist.GoldenFiles.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The committed model files of format version 1 load and give exactly the output they gave when written. */
class GoldenFilesTest {

    @TestFactory
    Stream<DynamicTest> everyGoldenFileOfVersion1LoadsAndGivesTheSameOutput() {
        return GoldenFiles.all().stream().map(golden -> DynamicTest.dynamicTest(golden.name(), () -> check(golden)));
    }

    private static void check(Golden golden) throws IOException {
        assertTrue(Files.isRegularFile(golden.file()), golden.file() + " is committed");
        Model model = ModelFiles.load(golden.file(), Model.class);
        assertEquals(Files.readString(golden.expected()), GoldenFiles.output(model, golden.input().get()));
        assertTrue(ModelFiles.inspect(golden.file()).contains("format 1, written by prepkit"));
    }
}
