package io.gongkai.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code gongkai}: the command line. */
@Command(name = "gongkai", mixinStandardHelpOptions = true, version = "gongkai 0.1.0",
        description = "Recovers the tables of Chinese government fiscal disclosures (部门决算, 部门预算) as typed, checked records.",
        subcommands = {ExtractCommand.class, ReviewCommand.class, BatchCommand.class, TemplatesCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success, every table read and no identity failed",
                "1:done, but some identity failed, some cell is suspect, some table could not be identified or read, a unit is unknown, or a page of a PDF or an image is damaged or cut short (extract: see the summary); batch: a file that could not be read (a broken link too), was over its budget, or was added without its damaged pages or with a table that could not be read (its documents' failing identities and suspect cells are rows of its dataset, not its exit code)",
                "2:usage error (an option, a command or a value that is wrong: one line naming it, and where the help is)",
                "3:an input could not be read (empty, binary, unsupported, missing, a PDF damaged beyond reading, a wrong password, over its budget: --max-…)",
                "4:internal error (a bug: please report it with the input)"})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    VerboseOption verbose = new VerboseOption();

    static {
        // one logging for the libraries: pdfbox logs through commons-logging, POI through log4j-api (bridged by
        // log4j-to-slf4j), tabula through SLF4J; all end in logback, quiet unless --verbose (see Logging and logback.xml)
        if (System.getProperty("org.apache.commons.logging.LogFactory") == null) {
            System.setProperty("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.Slf4jLogFactory");
        }
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests and embedding). */
    public static int run(String... args) {
        Logging.reset(false);
        CommandLine cli = new CommandLine(new Main());
        // every argument that is wrong is said alike, numbers read alike (UsageError, NumberArguments)
        NumberArguments.register(cli);
        // every command's help lists the exit codes (defined once, above): a user who reads only `extract --help`
        // learns what exit 1 means
        var codes = cli.getCommandSpec().usageMessage();
        for (CommandLine sub : cli.getSubcommands().values()) {
            sub.getCommandSpec().usageMessage().exitCodeListHeading(codes.exitCodeListHeading()).exitCodeList(codes.exitCodeList());
        }
        cli.setParameterExceptionHandler(new UsageError());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("gongkai: internal error: " + e + " (please report it with the input; --verbose prints the stack trace)");
            if (Logging.verbose() || System.getenv("GONGKAI_DEBUG") != null) e.printStackTrace(commandLine.getErr());
            return 4;
        });
        try {
            return cli.execute(args);
        } catch (StackOverflowError | LinkageError e) {
            // an Error picocli lets through (a nesting too deep, a class missing): the same one line as any bug
            System.err.println("gongkai: internal error: " + e + " (please report it with the input; --verbose prints the stack trace)");
            if (Logging.verbose() || System.getenv("GONGKAI_DEBUG") != null) e.printStackTrace();
            return 4;
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (extract, review, batch, templates)");
    }
}
