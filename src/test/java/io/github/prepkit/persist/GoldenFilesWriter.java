package io.github.prepkit.persist;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the golden files of the current format version, only when asked:
 * {@code mvn -q test -Dtest=GoldenFilesWriter -Dprepkit.writeGoldenFiles=true}. Never for a version whose files are
 * committed: those must keep loading as they are.
 */
class GoldenFilesWriter {

    @Test
    @EnabledIfSystemProperty(named = "prepkit.writeGoldenFiles", matches = "true")
    void write() throws IOException {
        GoldenFiles.write();
    }
}
