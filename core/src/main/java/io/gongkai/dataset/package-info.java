/**
 * The tidy dataset that {@code gongkai batch} (DuckDB, its Parquet export) and the Spark job ({@code gongkai-spark})
 * both write: its relations ({@link io.gongkai.dataset.Relation}: documents, tables, cells, checks, failures), their
 * columns and types, and the projection of a {@link io.gongkai.model.Document} onto their rows
 * ({@link io.gongkai.dataset.DocumentRows}). Defined once here, in plain Java: the DuckDB DDL and the Spark schema are
 * both derived from it, so that a query over one runs unchanged over the other.
 *
 * @since 0.1.0
 */
package io.gongkai.dataset;
