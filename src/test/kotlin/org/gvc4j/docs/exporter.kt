package org.gvc4j.docs.exporter

import org.gvc4j.Gvc

fun main() {
    val io = Gvc.demo()
    val va = io.decompose().bm2023().exporter("CHN")
    val gvc = io.decompose().bm2025().trade().exporter(3)
    println(va)
    println(gvc)
    println(gvc.value("share_GVC", "CHN"))
    println(io.decompose().icio().exporter("CHN"))
}
