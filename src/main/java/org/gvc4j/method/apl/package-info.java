/**
 * APL.
 */
@NullMarked
package org.gvc4j.method.apl;

import org.jspecify.annotations.NullMarked;
