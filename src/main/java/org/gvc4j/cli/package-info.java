/** The {@code gvc} command: {@code demo}, {@code info}, {@code bench}. */
package org.gvc4j.cli;
