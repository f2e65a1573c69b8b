package io.gongkai.cli;

import io.gongkai.Options;
import picocli.CommandLine.Option;

/** How tables are found in a PDF: the {@code --engine} option every command shares (a picocli mixin). */
final class EngineOption {
    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "native",
            description = "how tables are found in a PDF: native (default: ruled tables), stream (native, and unruled pages by text alignment), tabula (tabula-java lattice), tabula-stream")
    String engine;

    /**
     * Sets the engine on {@code options}.
     *
     * @throws IllegalArgumentException for an unknown engine name ({@link Options.Engine#parse})
     */
    void apply(Options.Builder options) {
        options.engine(Options.Engine.parse(engine));
    }
}
