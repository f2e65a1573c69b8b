package io.gongkai.cli;

import picocli.CommandLine.Option;

/** {@code --verbose}: what the libraries log shown in full (a picocli mixin of every command that reads documents). */
final class VerboseOption {
    @Option(names = "--verbose", description = "show what the PDF reader and the other libraries log, with stack traces (default: only the PDF reader's errors, one line each, at most "
            + Logging.MAX_LINES + ")")
    void verbose(boolean v) {
        Logging.verbose(v);
    }
}
