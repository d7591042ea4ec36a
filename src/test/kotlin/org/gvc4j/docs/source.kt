package org.gvc4j.docs.source

import org.gvc4j.Gvc

fun main() {
    val io = Gvc.demo()
    println(io.decompose().bm2023().bilateral("DEU", "USA").source())
    println(io.decompose().bm2023().bilateral().source().rowCount)
    println(io.decompose().icio().exporter("DEU").importer("USA").sink().source().result())
}
