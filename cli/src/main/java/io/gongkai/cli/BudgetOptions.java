package io.gongkai.cli;

import io.gongkai.budget.Budget;
import io.gongkai.Options;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.time.Duration;

/** How much one document may take: the budget options {@code extract}, {@code review} and {@code batch} share (a picocli mixin). */
final class BudgetOptions {
    private static final Budget DEFAULTS = Budget.defaults();
    /** The most seconds {@code --max-seconds} takes (about 31 years): a document's time is counted in nanoseconds. */
    static final long MAX_SECONDS = 1_000_000_000L;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--max-seconds", paramLabel = "S", description = "a document's CPU time in seconds (of the threads reading it),"
            + " plus 20 s for each page read by OCR, and at most four times as much on the clock; a document over it is not read (extract: exit 3; batch: a failure row) (default: ${DEFAULT-VALUE}; 0: no limit; at most 1,000,000,000)")
    long seconds = DEFAULTS.time().getSeconds();

    @Option(names = "--max-cells", paramLabel = "N", description = "table cells a document may hold (default: ${DEFAULT-VALUE}; 0: no limit)")
    long cells = DEFAULTS.cells();

    @Option(names = "--max-characters", paramLabel = "N", description = "characters of a text input; a larger file is refused before it is read"
            + " (default: ${DEFAULT-VALUE}; 0: no limit)")
    long characters = DEFAULTS.characters();

    @Option(names = "--max-pixels", paramLabel = "N", description = "pixels of the page images a document reads by OCR (default: ${DEFAULT-VALUE}; 0: no limit)")
    long pixels = DEFAULTS.pixels();

    /**
     * Sets the budget on {@code options}.
     *
     * @throws picocli.CommandLine.ParameterException for a negative limit, or more seconds than {@link #MAX_SECONDS}: a
     *                                                usage error naming the option ({@link UsageError})
     */
    void apply(Options.Builder options) {
        if (seconds > MAX_SECONDS) throw UsageError.of(command, "--max-seconds", seconds, String.format("at most %,d (0: no limit)", MAX_SECONDS));
        String[] names = {"--max-seconds", "--max-cells", "--max-characters", "--max-pixels"};
        long[] limits = {seconds, cells, characters, pixels};
        for (int i = 0; i < names.length; i++) {
            if (limits[i] < 0) throw UsageError.of(command, names[i], limits[i], "must be 0 (no limit) or more");
        }
        options.budget(DEFAULTS.withTime(Duration.ofSeconds(seconds)).withCells(cells).withCharacters(characters).withPixels(pixels));
    }
}
