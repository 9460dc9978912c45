package se.namndkoll.service.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;

/**
 * How every command of the command line starts: its own logging configuration (warnings to standard
 * error only) before anything logs, standard output and error in UTF-8, both flushed at the end.
 */
final class StandardStreams {

    private StandardStreams() {
    }

    /** Runs {@code command} on the process's standard output and error and returns its exit status. */
    static int run(BiFunction<PrintStream, PrintStream, Integer> command) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "se/namndkoll/service/cli/cli-logback.xml");
        }
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = command.apply(out, err);
        out.flush();
        err.flush();
        return status;
    }
}
