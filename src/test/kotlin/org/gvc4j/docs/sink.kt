package org.gvc4j.docs.sink

import org.gvc4j.Gvc

fun main() {
    val io = Gvc.demo()
    val bilateral = io.decompose().bm2023().bilateral("ROW", "DEU")
    val sink = bilateral.sink()
    println(sink)
    println(sink.value("DVA", "ROW", "DEU") - bilateral.source().value("DVA", "ROW", "DEU"))
    println(io.decompose().icio().exporter("ROW").importer("DEU").sink().result())
}
