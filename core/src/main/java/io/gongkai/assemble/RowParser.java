package io.gongkai.assemble;

import io.gongkai.raw.RawBlock;
import io.gongkai.template.Template;

/** Reads the rows of one {@link io.gongkai.template.Layout}. Implementations are stateless. */
interface RowParser {
    ParsedRows parse(RawBlock block, Template template);
}
