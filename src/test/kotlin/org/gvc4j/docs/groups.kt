package org.gvc4j.docs.groups

import org.gvc4j.Gvc

fun main() {
    val icio = Gvc.demo().decompose().icio()
    val blocs = mapOf("NAFTA" to listOf("USA", "MEX"), "DEU" to listOf("DEU"))
    println(icio.groups(blocs).sink())
    println(icio.exporter("DEU").sink().select("exporter", "DVA", "VAXIM"))
}
