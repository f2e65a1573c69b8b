package io.gongkai.cli;

import io.gongkai.Options;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** How tables are found in a PDF: the {@code --engine} option every command shares (a picocli mixin). */
final class EngineOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "native",
            description = "how tables are found in a PDF: native (default: ruled tables), stream (native, and unruled pages by text alignment), tabula (tabula-java lattice), tabula-stream")
    String engine;

    /**
     * Sets the engine on {@code options}.
     *
     * @throws picocli.CommandLine.ParameterException for an unknown engine name ({@link Options.Engine#parse}): a
     *                                                usage error ({@link UsageError})
     */
    void apply(Options.Builder options) {
        try {
            options.engine(Options.Engine.parse(engine));
        } catch (IllegalArgumentException e) {
            throw UsageError.of(command, "--engine", engine, e.getMessage());
        }
    }
}
