package io.gongkai.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code gongkai}: the command line. */
@Command(name = "gongkai", mixinStandardHelpOptions = true, version = "gongkai 0.1.0",
        description = "Recovers the tables of Chinese government fiscal disclosures (部门决算, 部门预算) as typed, checked records.",
        subcommands = {ExtractCommand.class, ReviewCommand.class, BatchCommand.class, TemplatesCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success, every table read and no identity failed",
                "1:done, but some identity failed or some table could not be identified (see the summary)",
                "2:usage error",
                "3:an input could not be read (empty, binary, unsupported, missing, over its budget: --max-…)",
                "4:internal error (a bug: please report it with the input)"})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // pdfbox reports font substitutions and cache builds through commons-logging: not news for a user
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
        // POI (XLSX) logs through log4j-api: its simple logger, errors only, instead of a warning that none is bound
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
            System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
            System.setProperty("org.apache.logging.log4j.simplelog.level", "ERROR");
        }
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests and embedding). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("gongkai: internal error: " + e + " (please report it with the input; GONGKAI_DEBUG=1 prints the stack trace)");
            if (System.getenv("GONGKAI_DEBUG") != null) e.printStackTrace(commandLine.getErr());
            return 4;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (extract, review, batch, templates)");
    }
}
