/**
 * The decomposition methods, one subpackage per paper. Method code reads from a
 * {@link org.gvc4j.model.LeontiefModel} and returns a {@link org.gvc4j.method.Frame}: it never parses files,
 * prints, or builds data frames.
 */
@NullMarked
package org.gvc4j.method;

import org.jspecify.annotations.NullMarked;
