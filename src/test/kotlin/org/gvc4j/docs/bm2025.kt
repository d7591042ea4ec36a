package org.gvc4j.docs.bm2025

import org.gvc4j.Gvc

fun main() {
    val io = Gvc.demo()
    val bmt = io.decompose().bm2025()
    println(bmt.trade().exporter("DEU").importer("CHN"))
    println(bmt.output().country("DEU").gdpClosed())
}
