package org.gvc4j.docs.bm2025

import org.gvc4j.Gvc

fun main() {
    val bmt = Gvc.demo().decompose().bm2025()
    println(bmt.trade().pair("DEU", "CHN"))
    println(bmt.output().gdpClosed().country("DEU"))
}
