/**
 * Declarations about the API itself: {@link org.gvc4j.api.PublicSurface} (the classes users may rely on, from which
 * the recipe sandbox's allowlist is derived) and {@link org.gvc4j.api.FileAccess} (members that touch files).
 */
@NullMarked
package org.gvc4j.api;

import org.jspecify.annotations.NullMarked;
