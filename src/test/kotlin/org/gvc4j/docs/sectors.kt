package org.gvc4j.docs.sectors

import org.gvc4j.Gvc

fun main() {
    val chn = Gvc.demo().decompose().icio().exporter("CHN")
    val goods = mapOf("Goods" to listOf("Agriculture", "Manufacturing", "Energy"))
    println(chn.sectors(goods))
    println(chn.self().sectors(goods))
}
