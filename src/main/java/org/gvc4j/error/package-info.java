/** User-facing errors. Every message names the table, file, row, column, country or sector at fault. */
@NullMarked
package org.gvc4j.error;

import org.jspecify.annotations.NullMarked;
