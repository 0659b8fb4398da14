package io.github.prepkit.persist;

import io.github.prepkit.base.Model;
import io.github.prepkit.persist.GoldenFiles.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;

/**
 * The golden files' check as a program, for a JVM whose class path holds other versions of prepkit's libraries
 * ({@code SparkLibrariesTest}): loads every golden file, applies it to its input (read by Tablesaw), saves it again,
 * prints one line per file and exits with 1 if any output or saved file differs.
 */
public final class GoldenFilesCheck {

    private GoldenFilesCheck() {
    }

    public static void main(String[] args) throws IOException {
        boolean same = true;
        for (Golden golden : GoldenFiles.all()) {
            Model model = ModelFiles.load(golden.file(), Model.class);
            boolean output = Files.readString(golden.expected()).equals(GoldenFiles.output(model, golden.input().get()));
            boolean bytes = Arrays.equals(ModelFiles.toBytes(model),
                    ModelFiles.toBytes(ModelFiles.fromBytes(ModelFiles.toBytes(model), Model.class)));
            System.out.println(golden.name() + ": output " + (output ? "same" : "DIFFERS") + ", saved again "
                    + (bytes ? "same" : "DIFFERS"));
            same &= output && bytes;
        }
        System.exit(same ? 0 : 1);
    }
}
