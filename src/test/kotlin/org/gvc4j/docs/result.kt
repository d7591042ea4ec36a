package org.gvc4j.docs.result

import org.gvc4j.Gvc
import org.gvc4j.result.Naming

fun main() {
    val icio = Gvc.demo().decompose().icio()
    val pair = icio.exporter("USA").importer("CHN").sink().result()
    println(pair)
    println(icio.importer("CHN").result().named(Naming.GVC_ANALYZER))
}
