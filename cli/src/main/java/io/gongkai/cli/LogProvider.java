package io.gongkai.cli;

import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The command line's SLF4J binding (found by {@link java.util.ServiceLoader}): every logger writes through
 * {@link QuietLog}. The library modules bind none; only the command line owns its logging.
 */
public final class LogProvider implements SLF4JServiceProvider {
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new NOPMDCAdapter();
    private final Map<String, Logger> loggers = new ConcurrentHashMap<>();
    private final ILoggerFactory factory = name -> loggers.computeIfAbsent(name, CliLogger::new);

    @Override
    public ILoggerFactory getLoggerFactory() {
        return factory;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
    }

    /** A logger whose level is {@link QuietLog}'s of the moment. */
    private static final class CliLogger extends LegacyAbstractLogger {
        private static final long serialVersionUID = 1L;

        CliLogger(String name) {
            this.name = name;
        }

        @Override
        public boolean isTraceEnabled() {
            return QuietLog.enabled(Level.TRACE);
        }

        @Override
        public boolean isDebugEnabled() {
            return QuietLog.enabled(Level.DEBUG);
        }

        @Override
        public boolean isInfoEnabled() {
            return QuietLog.enabled(Level.INFO);
        }

        @Override
        public boolean isWarnEnabled() {
            return QuietLog.enabled(Level.WARN);
        }

        @Override
        public boolean isErrorEnabled() {
            return QuietLog.enabled(Level.ERROR);
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments, Throwable throwable) {
            QuietLog.log(name, level, MessageFormatter.basicArrayFormat(pattern, arguments), throwable);
        }
    }
}
