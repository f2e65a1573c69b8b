/**
 * The contract between the extractors and core: a table as an extractor delimited it ({@link io.gongkai.raw.RawBlock}:
 * its title, 公开NN表 label, header text and notes) and its rows of cells as read ({@link io.gongkai.raw.RawRow},
 * {@link io.gongkai.raw.RawCell}: text, box on the page, confidence). Every input kind — a PDF's text layer, OCR of a
 * scan, text from other OCR tools — produces these; {@link io.gongkai.assemble.TableAssembler} turns them into typed
 * tables. Immutable records; no dependency on any other package of core but the model's {@link io.gongkai.model.Box}.
 */
package io.gongkai.raw;
