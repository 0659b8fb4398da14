package io.github.prepkit.cli;

import io.github.prepkit.persist.ModelFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/** A command of the command line, parsed and ready to run. */
sealed interface Command permits Command.Help, Command.Inspect, PredictCommand {

    /**
     * Runs the command, printing what it reports to {@code out}.
     *
     * @throws IllegalArgumentException for a bad model file or bad input, with a message naming the file (and where)
     * @throws IOException              if a file cannot be read or written
     */
    void run(PrintStream out) throws IOException;

    /** {@code --help}: prints the usage text. */
    record Help() implements Command {

        @Override
        public void run(PrintStream out) {
            out.print(CommandLine.USAGE);
        }
    }

    /** {@code inspect MODEL}: prints what {@link ModelFiles#inspect} tells of the model file. */
    record Inspect(Path file) implements Command {

        @Override
        public void run(PrintStream out) throws IOException {
            out.print(ModelFileReader.inspect(file));
        }
    }
}
