package org.gvc4j.docs.sink

import org.gvc4j.Gvc

fun main() {
    val io = Gvc.demo()
    val pair = io.decompose().bm2023().exporter("MEX").importer("USA")
    println(pair.sink())
    println(io.decompose().icio().exporter("MEX").importer("USA").sink())
}
