/**
 * Readers: the CSV folder layout ({@code Z.csv}, {@code Y.csv} or {@code Yfull.csv}, {@code VA_X.csv}) and the
 * embedded demo table. Every error names the file, line and column.
 */
@NullMarked
package org.gvc4j.source;

import org.jspecify.annotations.NullMarked;
