/** The {@code gvc} command: {@code demo}, {@code info}, {@code bench}. */
@NullMarked
package org.gvc4j.cli;

import org.jspecify.annotations.NullMarked;
