package org.gvc4j.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public member that reads or writes files (or the network) by itself, e.g. {@code Gvc.load(String)}.
 * Sandboxed recipes may not call such members: they use the confined helpers {@code load(path)} and
 * {@code save(result, file)} of {@code org.gvc4j.script.GvcScript} instead. A member whose signature holds a file type
 * ({@code Path}, {@code File}, a stream) is refused in recipes anyway; this marks the ones that take a {@code String}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface FileAccess {
}
