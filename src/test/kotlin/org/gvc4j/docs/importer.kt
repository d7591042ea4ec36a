package org.gvc4j.docs.importer

import org.gvc4j.Gvc

fun main() {
    val icio = Gvc.demo().decompose().icio()
    println(icio.importer("USA").result())
    println(icio.exporter("CHN").importer(2).result())
}
