package io.gongkai.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

import java.io.PrintWriter;

/**
 * How the command line says that an argument is wrong, in one place whatever is wrong: an option or a command it does
 * not know, a value missing, a value that is not a number ({@link NumberArguments}), a name it does not know
 * ({@code --engine foo}, {@code --format pdf}), a value out of range ({@code --jobs 0}). One line on stderr,
 * {@code gongkai: } then the option and the value as given and why ({@code gongkai: --jobs 'x': not a number}), then
 * where the command's help is ({@code Try 'gongkai batch --help' for more information.}); exit code 2. Picocli's own
 * parse errors and the commands' checks of their values, which throw {@link #of}, both end in
 * {@link #handleParseException} ({@link Main} sets it), before any document is read.
 */
final class UsageError implements CommandLine.IParameterExceptionHandler {
    /** The exit code of a usage error. */
    static final int EXIT_CODE = 2;

    /**
     * A value given to an option that is wrong, as the command line says it: {@code --jobs '0': at least 1}.
     *
     * @param command the command the option is of (its {@code @Spec}, or a mixin's {@code @Spec(MIXEE)})
     * @param option  the option's name ({@code --jobs})
     * @param value   the value as given
     * @param why     what is wrong with it
     */
    static ParameterException of(CommandSpec command, String option, Object value, String why) {
        return new ParameterException(command.commandLine(), said(option, value, why));
    }

    /** A usage error that is not one option's value ({@code no such file or folder: x}). */
    static ParameterException of(CommandSpec command, String message) {
        return new ParameterException(command.commandLine(), message);
    }

    private static String said(String name, Object value, String why) {
        return name + " '" + value + "': " + why;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("gongkai: " + message(e));
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return EXIT_CODE;
    }

    /**
     * What is wrong, in one line: a value picocli could not convert (a number, {@link NumberArguments}) as
     * {@link #of} says a wrong value ({@code --jobs 'x': not a number}); picocli's other messages as they are, begun
     * in lower case ({@code unknown option: '--bogus'}).
     */
    static String message(ParameterException e) {
        ArgSpec arg = e.getArgSpec();
        if (e.getCause() instanceof CommandLine.TypeConversionException t && arg != null && e.getValue() != null) {
            return said(arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel(), e.getValue(), t.getMessage());
        }
        String m = String.valueOf(e.getMessage()).strip().lines().findFirst().orElse("");
        return m.length() > 1 && Character.isUpperCase(m.charAt(0)) && Character.isLowerCase(m.charAt(1)) ? Character.toLowerCase(m.charAt(0)) + m.substring(1) : m;
    }
}
