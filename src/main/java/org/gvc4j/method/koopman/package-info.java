/**
 * Koopman.
 */
@NullMarked
package org.gvc4j.method.koopman;

import org.jspecify.annotations.NullMarked;
