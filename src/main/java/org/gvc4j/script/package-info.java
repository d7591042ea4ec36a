/**
 * Groovy recipes: {@link org.gvc4j.script.GvcScript} (the base class every recipe compiles against, with the helpers
 * {@code load}, {@code demo}, {@code show}, {@code save}, {@code param}, {@code args}),
 * {@link org.gvc4j.script.RecipeRunner} (compiles and runs a recipe, reports {@code recipe.groovy:LINE: message}) and
 * the sandbox for shared recipes ({@link org.gvc4j.script.RecipePolicy}, {@link org.gvc4j.script.SandboxLauncher}).
 */
@NullMarked
package org.gvc4j.script;

import org.jspecify.annotations.NullMarked;
