package io.gongkai.cli;

import io.gongkai.budget.Budget;
import io.gongkai.Options;
import picocli.CommandLine.Option;

import java.time.Duration;

/** How much one document may take: the budget options {@code extract}, {@code review} and {@code batch} share (a picocli mixin). */
final class BudgetOptions {
    private static final Budget DEFAULTS = Budget.defaults();

    @Option(names = "--max-seconds", paramLabel = "S", description = "a document's time in seconds, plus 20 s for each page read by OCR; a document"
            + " over it is not read (extract: exit 3; batch: a failure row) (default: ${DEFAULT-VALUE}; 0: no limit)")
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
     * @throws IllegalArgumentException for a negative limit
     */
    void apply(Options.Builder options) {
        if (seconds < 0 || cells < 0 || characters < 0 || pixels < 0) throw new IllegalArgumentException("the --max-… limits are 0 (none) or positive");
        options.budget(DEFAULTS.withTime(Duration.ofSeconds(seconds)).withCells(cells).withCharacters(characters).withPixels(pixels));
    }
}
