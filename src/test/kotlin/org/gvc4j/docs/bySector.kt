package org.gvc4j.docs.bysector

import org.gvc4j.Gvc

fun main() {
    val io = Gvc.demo()
    val bmt = io.decompose().bm2025()
    println(bmt.trade().bySector().exporter("MEX"))
    println(bmt.output().gdpClosed().bySector().value("GVC_PF", "MEX", "Manufacturing"))
    println(io.decompose().icio().exporter("MEX").importer("USA").bySector())
}
