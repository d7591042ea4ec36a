package org.gvc4j.docs.icio

import org.gvc4j.Gvc
import org.gvc4j.result.Naming

fun main() {
    val io = Gvc.demo()
    val icio = io.decompose().icio()
    println(icio.exporter("CHN"))
    println(icio.exporter("CHN").importer("USA").sink())
    println(icio.importer("USA").named(Naming.ICIO))
}
