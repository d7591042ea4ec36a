package org.gvc4j.docs.exporters

import org.gvc4j.Gvc

fun main() {
    val io = Gvc.demo()
    val trade = io.decompose().bm2025().trade().exporters()
    println(trade.sortDescendingBy("participation_F"))
    println(io.decompose().bm2023().exporters().select("exporter", "DVA", "GEXP"))
}
