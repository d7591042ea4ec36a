package org.gvc4j.docs.world

import org.gvc4j.Gvc

fun main() {
    val io = Gvc.demo()
    val all = io.decompose().icio().exporters()
    println(all.world().sink())
    println(all.sink().select("exporter", "FVA", "FDC"))
}
