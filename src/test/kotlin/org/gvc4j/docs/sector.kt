package org.gvc4j.docs.sector

import org.gvc4j.Gvc

fun main() {
    val deu = Gvc.demo().decompose().icio().exporter("DEU")
    println(deu.sector("Energy").result())
    println(deu.self().sector("Energy").importer("USA").result())
}
