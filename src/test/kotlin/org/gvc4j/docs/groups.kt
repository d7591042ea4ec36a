package org.gvc4j.docs.groups

import org.gvc4j.Gvc

fun main() {
    val icio = Gvc.demo().decompose().icio()
    val blocs = mapOf("NAFTA" to listOf("USA", "MEX"), "DEU" to listOf("DEU"))
    println(icio.groups(blocs).sink().result())
    println(icio.exporter("DEU").sink().result().select("exporter", "DVA", "VAXIM"))
}
