package io.github.prepkit.notebooks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the {@code ```java} blocks of {@code README.md} and {@code notebooks-java/README.md} through
 * {@link JShellRunner}, so a snippet that does not paste into {@code jshell}, no longer compiles, throws or logs a
 * warning fails the build naming {@code file:line}. A file's blocks run in order in one session, as its reader is
 * asked to paste them; the working directory is the repository root, and the snippets may write under
 * {@code target/} only. Other blocks ({@code ```bash}, {@code ```text}) are not run.
 */
class ReadmeSnippetsTest {

    private static final Pattern FENCE = Pattern.compile("\\s*```.*");
    private static final Pattern JAVA_FENCE = Pattern.compile("\\s*```\\s*java\\s*");

    /** A {@code ```java} block: the number of its first line in the file, and its lines. */
    record Block(int firstLine, List<String> lines) {}

    static List<Path> files() {
        return List.of(Path.of("README.md"), Path.of("notebooks-java", "README.md"));
    }

    static List<Block> javaBlocks(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<Block> blocks = new ArrayList<>();
        int opening = 0;   // the line number of the fence of the block being read, 0 outside a block
        for (int number = 1; number <= lines.size(); number++) {
            if (FENCE.matcher(lines.get(number - 1)).matches()) {
                if (opening == 0) {
                    opening = number;
                } else {
                    if (JAVA_FENCE.matcher(lines.get(opening - 1)).matches()) {
                        blocks.add(new Block(opening + 1, lines.subList(opening, number - 1)));
                    }
                    opening = 0;
                }
            }
        }
        if (opening != 0) {
            fail(file + ":" + opening + ": the block opened here is never closed");
        }
        return blocks;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void javaBlocksPasteIntoJShellInOrder(Path file) throws IOException {
        List<Block> blocks = javaBlocks(file);
        assertFalse(blocks.isEmpty(), "no ```java block in " + file.toAbsolutePath());
        Set<String> before = filesOutsideTarget();
        try (JShellRunner shell = new JShellRunner(JShellRunner.Warnings.FAIL)) {
            for (Block block : blocks) {
                shell.run(file.toString(), block.firstLine(), block.lines());
            }
        }
        Set<String> written = filesOutsideTarget();
        written.removeAll(before);
        assertTrue(written.isEmpty(), "the ```java blocks of " + file + " wrote outside target/: " + written);
    }

    /** The files under the working directory (the repository root) but not in {@code target/} or {@code .git}. */
    private static Set<String> filesOutsideTarget() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        Set<Path> skipped = Set.of(root.resolve("target"), root.resolve(".git"));
        Set<String> files = new TreeSet<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return skipped.contains(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path path, BasicFileAttributes attributes) {
                if (!skipped.contains(path)) {
                    files.add(root.relativize(path).toString());
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }
}
