package org.gvc4j.docs.icio

import org.gvc4j.Gvc

fun main() {
    val icio = Gvc.demo().decompose().icio()
    println(icio.exporter("CHN").result())
    println(icio.exporter("MEX").importer("USA").sink().result())
}
