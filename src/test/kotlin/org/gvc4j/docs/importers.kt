package org.gvc4j.docs.importers

import org.gvc4j.Gvc

fun main() {
    val icio = Gvc.demo().decompose().icio()
    println(icio.importers().result())
    println(icio.exporter("MEX").importers().sink().result())
}
