/** User-facing errors. Every message names the table, file, row, column, country or sector at fault. */
package org.gvc4j.error;
