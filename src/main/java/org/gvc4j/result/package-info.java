/**
 * Results as Tablesaw data frames with metadata: {@link org.gvc4j.result.Result}. Column names are the papers'
 * symbols (documented once in {@code dsl-docs/glossary.md}); {@link org.gvc4j.result.Naming} renames them to a
 * peer package's names.
 */
@NullMarked
package org.gvc4j.result;

import org.jspecify.annotations.NullMarked;
