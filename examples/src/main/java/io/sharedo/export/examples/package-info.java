/**
 * Short programs showing the library used from code: {@link io.sharedo.export.examples.SingleExportExample}
 * (export one item and keep its package) and {@link io.sharedo.export.examples.CompareExample} (compare
 * an item between two environments). Both run against the testkit's fake server. The command-line
 * tool lives in {@code io.sharedo.export.examples.cli}.
 */
package io.sharedo.export.examples;
