package org.gvc4j.docs.sector

import org.gvc4j.Gvc

fun main() {
    val io = Gvc.demo()
    val chn = io.decompose().icio().exporter("CHN")
    println(chn.sector("manufacturing"))
    println(chn.importer("USA").self().sector("Manufacturing"))
}
