package io.gongkai.cli;

import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

import java.util.regex.Pattern;

/**
 * The values of the options that take a number, read in one place for every command ({@link #register}, for int,
 * long and float options: {@code --jobs}, {@code --ocr-threads}, {@code --max-seconds} and the other {@code --max-…},
 * {@code --ocr-dpi}). A number is written in digits: a whole number ({@code 4}, {@code -1}) or, for a decimal option,
 * one with a point ({@code 300}, {@code 150.5}). Anything else ({@code x}, {@code 1.5} where a whole number is taken,
 * {@code NaN}, {@code 1e3}, a whole number past the option's range) is not converted: a usage error naming the option
 * and the value ({@link UsageError}). Whether a number is in the range an option takes is the option's to say.
 */
final class NumberArguments {
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private NumberArguments() {
    }

    /** Reads every int, long and float option of the command line and its subcommands through this class. */
    static void register(CommandLine cli) {
        cli.registerConverter(int.class, v -> (int) whole(v, Integer.MIN_VALUE, Integer.MAX_VALUE));
        cli.registerConverter(Integer.class, v -> (int) whole(v, Integer.MIN_VALUE, Integer.MAX_VALUE));
        cli.registerConverter(long.class, v -> whole(v, Long.MIN_VALUE, Long.MAX_VALUE));
        cli.registerConverter(Long.class, v -> whole(v, Long.MIN_VALUE, Long.MAX_VALUE));
        cli.registerConverter(float.class, NumberArguments::decimal);
        cli.registerConverter(Float.class, NumberArguments::decimal);
    }

    /**
     * A whole number from {@code min} to {@code max}.
     *
     * @throws TypeConversionException when the text is not one (its message says why: not a number, not a whole
     *                                 number, out of the range)
     */
    static long whole(String text, long min, long max) {
        String t = text.strip();
        if (!WHOLE.matcher(t).matches()) throw new TypeConversionException(DECIMAL.matcher(t).matches() ? "not a whole number" : "not a number");
        try {
            long v = Long.parseLong(t);
            if (v >= min && v <= max) return v;
        } catch (NumberFormatException e) {
            // more digits than a long holds: out of the range, as below
        }
        throw new TypeConversionException(String.format("out of range (a whole number from %,d to %,d)", min, max));
    }

    /**
     * A decimal number that a float holds (finite).
     *
     * @throws TypeConversionException when the text is not one
     */
    static float decimal(String text) {
        String t = text.strip();
        if (!DECIMAL.matcher(t).matches()) throw new TypeConversionException("not a number");
        float v = Float.parseFloat(t);
        if (Float.isInfinite(v)) throw new TypeConversionException("out of range");
        return v;
    }

    /** A number as it was given, most likely: {@code 300} rather than {@code 300.0}. */
    static String said(float value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Float.toString(value);
    }
}
