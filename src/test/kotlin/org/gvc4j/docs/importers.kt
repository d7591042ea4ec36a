package org.gvc4j.docs.importers

import org.gvc4j.Gvc

fun main() {
    val io = Gvc.demo()
    println(io.decompose().bm2023().exporter("MEX").importers().sink())
    println(io.decompose().icio().importers())
}
