package org.gvc4j.docs.byorigin

import org.gvc4j.Gvc

fun main() {
    val io = Gvc.demo()
    println(io.decompose().icio().exporter("MEX").importer("USA").byOrigin())
    println(io.decompose().icio().importer("USA").byOrigin())
}
