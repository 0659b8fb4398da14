package io.github.prepkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    private static Command parse(String line) {
        return CommandLine.parse(line.split(" "));
    }

    private static String refusal(String line) {
        return assertThrows(UsageException.class, () -> CommandLine.parse(line.isEmpty() ? new String[0] : line.split(" ")))
                .getMessage();
    }

    @Test
    void predictTakesItsOptionsInAnyOrder() {
        assertEquals(new PredictCommand(Path.of("m.prepkit"), Path.of("in.csv"), Path.of("out.csv"), true, 100),
                parse("predict --chunk-rows 100 --output out.csv m.prepkit --proba --input in.csv"));
        assertEquals(new PredictCommand(Path.of("m.prepkit"), Path.of("in.csv"), Path.of("out.csv"), false,
                PredictCommand.DEFAULT_CHUNK_ROWS), parse("predict m.prepkit --input in.csv --output out.csv"));
    }

    @Test
    void inspectAndHelp() {
        assertEquals(new Command.Inspect(Path.of("m.prepkit")), parse("inspect m.prepkit"));
        assertEquals(new Command.Help(), parse("predict m.prepkit --help"));
        assertEquals(new Command.Help(), parse("-h"));
    }

    @Test
    void badCommandLinesAreRefusedSayingWhy() {
        assertEquals("no command given", refusal(""));
        assertEquals("unknown command 'score'; the commands are inspect and predict", refusal("score m.prepkit"));
        assertEquals("predict: unknown option '--probability'",
                refusal("predict m.prepkit --input i.csv --output o.csv --probability"));
        assertEquals("predict: --input needs a value", refusal("predict m.prepkit --input --output o.csv"));
        assertEquals("predict: --input is given twice", refusal("predict m.prepkit --input a --input b --output o"));
        assertEquals("predict needs --output", refusal("predict m.prepkit --input i.csv"));
        assertEquals("predict takes one model file, found none", refusal("predict --input i.csv --output o.csv"));
        assertEquals("predict takes one model file, found [a, b]", refusal("predict a b --input i.csv --output o.csv"));
        assertEquals("predict: --chunk-rows must be a whole number of rows from 1 to 2147483647, found 'x'",
                refusal("predict m --input i --output o --chunk-rows x"));
        assertEquals("predict: --chunk-rows must be a whole number of rows from 1 to 2147483647, found '-5'",
                refusal("predict m --input i --output o --chunk-rows -5"));
        assertEquals("inspect: unknown option '--all'", refusal("inspect --all m.prepkit"));
    }
}
