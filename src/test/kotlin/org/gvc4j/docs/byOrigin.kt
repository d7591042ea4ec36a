package org.gvc4j.docs.byorigin

import org.gvc4j.Gvc

fun main() {
    val icio = Gvc.demo().decompose().icio()
    println(icio.exporter("MEX").importer("USA").byOrigin().result())
    println(icio.importer("MEX").byOrigin())
}
