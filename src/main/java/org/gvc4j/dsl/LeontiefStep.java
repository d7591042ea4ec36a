package org.gvc4j.dsl;

/**
 * Leontief value-added origin (V̂B times exports, output or final demand; decompr {@code leontief}, exvatools
 * {@code get_va_exgr} / {@code get_va_fd}): choose what is traced back to its origin.
 */
public interface LeontiefStep {
    /** V̂BÊ: the value-added origin of gross exports. */
    LeontiefExportsStep exports();

    /** V̂BX̂: the value-added origin of gross output. */
    LeontiefOutputStep output();

    /** V̂BY: the value added absorbed by each country's final demand. */
    LeontiefFinalDemandStep finalDemand();
}
