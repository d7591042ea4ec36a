package org.gvc4j.docs.sectors

import org.gvc4j.Gvc

fun main() {
    val goods = mapOf("Goods" to listOf("Agriculture", "Manufacturing", "Energy"))
    val deu = Gvc.demo().decompose().icio().exporter("DEU")
    println(deu.sectors(goods).result())
    println(deu.self().sectors(goods).result())
}
