package org.gvc4j.docs.importer

import org.gvc4j.Gvc

fun main() {
    val io = Gvc.demo()
    val chn = io.decompose().bm2025().trade().exporter("CHN")
    println(chn.importer("USA"))
    println(io.decompose().bm2023().exporters().importer("USA"))
    println(io.decompose().icio().importer("USA"))
}
