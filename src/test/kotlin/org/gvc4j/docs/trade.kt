package org.gvc4j.docs.trade

import org.gvc4j.Gvc

fun main() {
    val trade = Gvc.demo().decompose().bm2025().trade()
    println(trade.pair("USA", "MEX"))
    println(trade.exporter("USA"))
}
