package io.github.prepkit.demo;

import java.io.PrintStream;
import java.util.function.Consumer;

/**
 * One part of the demo tour, run by name with {@code mvn -q exec:java -Dexec.args=<name>}.
 *
 * @param name    the name on the command line
 * @param summary one line saying what it shows
 * @param body    prints the topic
 */
record Topic(String name, String summary, Consumer<PrintStream> body) {

    void run(PrintStream out) {
        body.accept(out);
    }
}
