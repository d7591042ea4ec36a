/**
 * Antràs–Chor.
 */
@NullMarked
package org.gvc4j.method.upstreamness;

import org.jspecify.annotations.NullMarked;
