package org.gvc4j.docs.bysector

import org.gvc4j.Gvc

fun main() {
    val io = Gvc.demo()
    println(io.decompose().bm2025().trade().exporter("CHN").bySector())
    println(io.decompose().bm2025().output().country("CHN").bySector())
    println(io.decompose().icio().exporter("CHN").importer("USA").sink().bySector())
}
