package org.gvc4j.docs.components

import org.gvc4j.Gvc
import org.gvc4j.result.Naming

fun main() {
    val c = Gvc.demo().decompose().bm2025().output().components()
    println(c)
    println(c.toTable(Naming.GVC_ANALYZER).columnNames())
}
