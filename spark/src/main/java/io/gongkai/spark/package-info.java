/**
 * The extraction on Apache Spark: {@link io.gongkai.spark.ExtractJob} for {@code spark-submit}, and
 * {@link io.gongkai.spark.GongkaiSpark} for Spark code of one's own. Both make the dataset of {@code gongkai batch}
 * ({@link io.gongkai.dataset.Relation}: documents, tables, cells, checks, failures), with the same columns and types,
 * stored as Parquet partitioned by kind and year. Spark itself is the caller's (provided): this package binds no
 * logger and brings no Spark.
 *
 * @since 0.1.0
 */
package io.gongkai.spark;
