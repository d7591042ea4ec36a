/**
 * RCA.
 */
@NullMarked
package org.gvc4j.method.rca;

import org.jspecify.annotations.NullMarked;
