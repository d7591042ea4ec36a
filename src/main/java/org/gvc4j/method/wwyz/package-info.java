/**
 * WWYZ.
 */
@NullMarked
package org.gvc4j.method.wwyz;

import org.jspecify.annotations.NullMarked;
