package io.github.prepkit.cli;

import io.github.prepkit.internal.csv.MissingMarkers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parses the command line into a {@link Command}; its {@link #USAGE} text documents the commands. */
final class CommandLine {

    /** The usage text, as {@code --help} prints it. */
    static final String USAGE = """
            Usage: prepkit <command> [arguments]
              (run as: java -cp <class path> io.github.prepkit.cli.Main <command> [arguments],
               or from the project: mvn -q compile exec:java@cli -Dexec.args="<command> [arguments]")

              inspect MODEL
                  Prints what the model file MODEL holds (format, writer, steps, columns), without building the model.

              predict MODEL --input IN.csv --output OUT.csv [--proba] [--chunk-rows N]
                  Scores IN.csv with the model in MODEL and writes OUT.csv, reading N rows at a time (default %d),
                  so memory stays flat whatever the size of IN.csv.
                  --proba   one column per class with its probability (classifiers only), named as the classes,
                            instead of the predicted value
                  Output: a header line, then one line per input line: the prediction (a column named like the
                  target), the probabilities, or, for a transformer, the transformed columns. Numbers are written
                  exactly (Java's Double.toString), missing values as empty fields. OUT.csv appears only when every
                  row is scored.

              --help
                  Prints this text.

            Input: a UTF-8 file with a header line; fields separated by commas; fields quoted with " where they hold
            a comma, a quote (doubled: "") or a line end (RFC 4180); \\n or \\r\\n line ends; blank lines skipped. The
            columns the model was fitted on are read by name, in any order; other columns (an id, the target) are
            ignored. An empty field and %s are missing values. Numeric columns are read as doubles,
            string columns as strings, boolean columns as true/false or 1/0.

            Exit status: 0 done, 1 bad input or model file (one line on standard error), 2 bad command line.
            """.formatted(PredictCommand.DEFAULT_CHUNK_ROWS, String.join(", ", MissingMarkers.PREDICT.markers()));

    private static final Set<String> VALUE_OPTIONS = Set.of("--input", "--output", "--chunk-rows");

    private CommandLine() {
    }

    /**
     * The command {@code args} ask for; {@code --help} or {@code -h} anywhere asks for the usage text.
     *
     * @throws UsageException if there is no command, or it is unknown, or an argument is unknown, missing, repeated or
     *                        malformed, saying which
     */
    static Command parse(String[] args) {
        List<String> all = List.of(args);
        if (all.isEmpty()) {
            throw new UsageException("no command given");
        }
        if (all.contains("--help") || all.contains("-h")) {
            return new Command.Help();
        }
        List<String> rest = all.subList(1, all.size());
        return switch (all.get(0)) {
            case "inspect" -> new Command.Inspect(Path.of(onlyModelFile("inspect", rest)));
            case "predict" -> predict(rest);
            default -> throw new UsageException("unknown command '" + all.get(0) + "'; the commands are inspect and predict");
        };
    }

    private static Command predict(List<String> args) {
        Map<String, String> values = new HashMap<>();
        List<String> positional = new ArrayList<>();
        boolean proba = false;
        for (Iterator<String> it = args.iterator(); it.hasNext();) {
            String arg = it.next();
            if (arg.equals("--proba")) {
                proba = true;
            } else if (VALUE_OPTIONS.contains(arg)) {
                String value = it.hasNext() ? it.next() : null;
                if (value == null || value.startsWith("--")) {
                    throw new UsageException("predict: " + arg + " needs a value");
                }
                if (values.put(arg, value) != null) {
                    throw new UsageException("predict: " + arg + " is given twice");
                }
            } else {
                positional.add(arg);
            }
        }
        String model = onlyModelFile("predict", positional);
        return new PredictCommand(Path.of(model), Path.of(required(values, "--input")), Path.of(required(values, "--output")),
                proba, chunkRows(values.get("--chunk-rows")));
    }

    /** The one argument of a command, the model file; anything starting with "-" is an unknown option. */
    private static String onlyModelFile(String command, List<String> args) {
        for (String arg : args) {
            if (arg.startsWith("-")) {
                throw new UsageException(command + ": unknown option '" + arg + "'");
            }
        }
        if (args.size() != 1) {
            throw new UsageException(command + " takes one model file, found " + (args.isEmpty() ? "none" : args));
        }
        return args.get(0);
    }

    private static String required(Map<String, String> values, String option) {
        String value = values.get(option);
        if (value == null) {
            throw new UsageException("predict needs " + option);
        }
        return value;
    }

    private static int chunkRows(String text) {
        if (text == null) {
            return PredictCommand.DEFAULT_CHUNK_ROWS;
        }
        try {
            int rows = Integer.parseInt(text);
            if (rows > 0) {
                return rows;
            }
        } catch (NumberFormatException e) {
            // refused below, as a number out of range is
        }
        throw new UsageException("predict: --chunk-rows must be a whole number of rows from 1 to " + Integer.MAX_VALUE
                + ", found '" + text + "'");
    }
}
