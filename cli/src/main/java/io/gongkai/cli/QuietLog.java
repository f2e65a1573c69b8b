package io.gongkai.cli;

import org.slf4j.event.Level;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.Set;

/**
 * What the command line prints of the libraries' own logging (pdfbox through commons-logging, POI through log4j-api,
 * tabula through SLF4J: all routed to SLF4J, whose provider here is {@link LogProvider}). Quiet by default: the PDF
 * reader's errors, each kind once (whatever its figures), as one line {@code gongkai: warning: …} without a stack trace, and at most
 * {@link #MAX_LINES} of them a run (a damaged PDF makes pdfbox log thousands; Gongkai reports the damaged pages itself).
 * {@code --verbose}: every message at level info and above, with its stack trace.
 */
final class QuietLog {
    /** Lines printed at most in one run when not verbose. */
    static final int MAX_LINES = 10;
    private static volatile boolean verbose;
    private static final Set<String> seen = new HashSet<>();
    private static int printed;

    private QuietLog() {
    }

    /** Starts a run: quiet (or verbose), nothing seen yet. */
    static synchronized void reset(boolean beVerbose) {
        verbose = beVerbose;
        seen.clear();
        printed = 0;
    }

    static void verbose(boolean v) {
        verbose = v;
    }

    static boolean verbose() {
        return verbose;
    }

    /** Whether a message at {@code level} is printed at all. */
    static boolean enabled(Level level) {
        return level.toInt() >= (verbose ? Level.INFO : Level.ERROR).toInt();
    }

    /** Prints one message of logger {@code name} (to the standard error stream of the moment). */
    static synchronized void log(String name, Level level, String message, Throwable t) {
        if (!enabled(level)) return;
        PrintStream err = System.err;
        String who = name == null ? "" : name.substring(name.lastIndexOf('.') + 1);
        String text = message == null ? String.valueOf(t) : message;
        if (verbose) {
            err.println("gongkai: " + level.name().toLowerCase(java.util.Locale.ROOT) + " (" + who + "): " + text);
            if (t != null) t.printStackTrace(err);
            return;
        }
        String line = text.replaceAll("\\s+", " ").strip();
        if (t != null && t.getMessage() != null && !line.contains(t.getMessage())) line += ": " + t.getMessage().replaceAll("\\s+", " ").strip();
        if (line.length() > 200) line = line.substring(0, 200) + "…";
        // a message once, whatever its figures: pdfbox says "Operator Tm has too few operands: [COSInt{19}]" by the hundred
        String kind = line.replaceAll("[\\[{(].*", "").replaceAll("\\d+", "#");
        if (printed > MAX_LINES || !seen.add(kind)) return;
        if (printed++ == MAX_LINES) {
            err.println("gongkai: warning: more messages of the PDF reader left out (--verbose shows them all)");
            return;
        }
        err.println("gongkai: warning: " + line + " (" + who + ")");
    }
}
