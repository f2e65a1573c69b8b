package io.gongkai.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;

import java.util.HashSet;
import java.util.Set;

/**
 * The command line's logging: what pdfbox (commons-logging), POI (log4j-api, by log4j-to-slf4j) and tabula log reaches
 * logback through SLF4J, set up by {@code logback.xml}. Quiet by default: the libraries' errors, one line
 * {@code gongkai: warning: …} each, without a stack trace, each kind once and at most {@link #MAX_LINES} a run (a
 * damaged PDF makes pdfbox log thousands; Gongkai reports the damaged pages itself). {@code --verbose}: every message
 * at level info and above, with its stack trace. Here is only what logback has no part for: the one line a message is
 * printed as ({@link OneLine}), and "each kind once" ({@link OnceEach}: logback's {@code DuplicateMessageFilter} tells
 * messages by their pattern, while pdfbox writes its figures into the message itself).
 */
public final class Logging {
    /** Lines printed at most in one run when not verbose. */
    static final int MAX_LINES = 10;
    private static volatile boolean verbose;

    private Logging() {
    }

    /** Starts a run: quiet (or verbose), nothing printed yet. */
    static void reset(boolean beVerbose) {
        verbose(beVerbose);
        Appender<ILoggingEvent> a = appender();
        if (a != null) a.getCopyOfAttachedFiltersList().stream().filter(OnceEach.class::isInstance).forEach(f -> ((OnceEach) f).clear());
    }

    /** Quiet or verbose: the level of the root logger and the pattern of logback.xml's properties quiet/verbose. */
    static synchronized void verbose(boolean v) {
        verbose = v;
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) return;
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(v ? Level.INFO : Level.ERROR);
        if (appender() instanceof OutputStreamAppender<ILoggingEvent> a && a.getEncoder() instanceof PatternLayoutEncoder p) {
            String pattern = context.getProperty(v ? "verbose" : "quiet");
            if (pattern != null && !pattern.equals(p.getPattern())) {
                p.stop();
                p.setPattern(pattern);
                p.start();
            }
        }
    }

    static boolean verbose() {
        return verbose;
    }

    /** logback.xml's appender, when SLF4J is bound to logback. */
    private static Appender<ILoggingEvent> appender() {
        return LoggerFactory.getILoggerFactory() instanceof LoggerContext context
                ? context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("stderr") : null;
    }

    /** A message on one line: whitespace folded, its exception's message added when it does not say it, 200 characters at most. */
    static String line(ILoggingEvent e) {
        IThrowableProxy t = e.getThrowableProxy();
        String text = e.getFormattedMessage() != null ? e.getFormattedMessage()
                : t == null ? "" : t.getMessage() == null ? t.getClassName() : t.getClassName() + ": " + t.getMessage();
        String line = text.replaceAll("\\s+", " ").strip();
        if (t != null && t.getMessage() != null && !line.contains(t.getMessage())) line += ": " + t.getMessage().replaceAll("\\s+", " ").strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    /** {@code %oneline}: {@link #line}. */
    public static final class OneLine extends ClassicConverter {
        @Override
        public String convert(ILoggingEvent e) {
            return line(e);
        }
    }

    /** When quiet, a message of a kind already printed is left out (whatever its figures), and all after {@link #MAX_LINES}. */
    public static final class OnceEach extends Filter<ILoggingEvent> {
        private final Set<String> seen = new HashSet<>();
        private int printed;

        @Override
        public synchronized FilterReply decide(ILoggingEvent e) {
            if (verbose) return FilterReply.NEUTRAL;
            // pdfbox says "Operator Tm has too few operands: [COSInt{19}]" by the hundred
            String kind = line(e).replaceAll("[\\[{(].*", "").replaceAll("\\d+", "#");
            if (printed > MAX_LINES || !seen.add(kind)) return FilterReply.DENY;
            if (printed++ < MAX_LINES) return FilterReply.NEUTRAL;
            System.err.println("gongkai: warning: more messages of the PDF reader left out (--verbose shows them all)");
            return FilterReply.DENY;
        }

        synchronized void clear() {
            seen.clear();
            printed = 0;
        }
    }
}
