package org.gvc4j.docs.exporters

import org.gvc4j.Gvc
import org.gvc4j.result.Naming

fun main() {
    val io = Gvc.demo()
    val all = io.decompose().bm2023().exporters()
    println(all)
    println(all.toTable(Naming.GVC_ANALYZER).columnNames())
    println(io.decompose().icio().exporters().world().sink().result())
}
