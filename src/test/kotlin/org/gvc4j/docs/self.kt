package org.gvc4j.docs.self

import org.gvc4j.Gvc

fun main() {
    val io = Gvc.demo()
    val chn = io.decompose().icio().exporter("CHN")
    println(io.decompose().bm2023().exporter("CHN").importer("USA").self())
    println(chn.importer("USA").self())
    println(chn.self().bySector())
}
