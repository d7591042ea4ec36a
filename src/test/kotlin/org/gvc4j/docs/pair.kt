package org.gvc4j.docs.pair

import org.gvc4j.Gvc

fun main() {
    val trade = Gvc.demo().decompose().bm2025().trade()
    val p = trade.pair("CHN", "USA")
    println(p)
    println(trade.bySector().pair("CHN", "USA"))
    println(p.value("GVC", "CHN", "USA") / p.value("E", "CHN", "USA"))
}
