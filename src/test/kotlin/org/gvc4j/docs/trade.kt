package org.gvc4j.docs.trade

import org.gvc4j.Gvc

fun main() {
    val io = Gvc.demo()
    val trade = io.decompose().bm2025().trade()
    println(trade.exporter("USA").importer("MEX"))
    println(trade.exporter("USA"))
}
