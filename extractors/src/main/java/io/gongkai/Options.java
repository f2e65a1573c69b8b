package io.gongkai;

import io.gongkai.template.TemplateCatalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * How to extract. Immutable; build with {@link #builder()}.
 *
 * @param templates the template catalogue (built-in by default; add a directory of your own with
 *                  {@link Builder#templateDirectory(Path)})
 * @param password  the password of an encrypted PDF, or null
 * @param engine    which engine finds the tables of a PDF
 */
public record Options(TemplateCatalog templates, String password, Engine engine) {

    /** Table-finding engines for PDFs. */
    public enum Engine {
        /** Gongkai's own: ruling lines, merged cells, glyphs placed by their real boxes. */
        NATIVE,
        /** Gongkai's own, and pages without rulings read by text alignment (unruled tables). */
        STREAM,
        /** tabula-java's lattice algorithm (needs technology.tabula:tabula on the class path). */
        TABULA,
        /** tabula-java's stream algorithm, for unruled tables. */
        TABULA_STREAM
    }

    public static Options defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private TemplateCatalog templates = TemplateCatalog.builtIn();
        private String password;
        private Engine engine = Engine.NATIVE;

        public Builder engine(Engine engine) {
            this.engine = engine;
            return this;
        }

        /** The password of an encrypted PDF. */
        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /** Adds (or overrides) templates from every {@code *.json} file in a directory. */
        public Builder templateDirectory(Path dir) {
            try {
                templates = templates.withDirectory(dir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read templates from " + dir + ": " + e.getMessage(), e);
            }
            return this;
        }

        public Options build() {
            return new Options(templates, password, engine);
        }
    }
}
