package org.gvc4j.docs.pure

import org.gvc4j.Gvc
import org.gvc4j.result.Naming

fun main() {
    val pure = Gvc.demo().decompose().bm2023().bilateral(2, 3).pure()
    println(pure)
    println(pure.toTable(Naming.GVC_ANALYZER).columnNames())
}
