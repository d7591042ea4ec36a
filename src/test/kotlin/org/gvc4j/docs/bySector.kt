package org.gvc4j.docs.bysector

import org.gvc4j.Gvc

fun main() {
    val bmt = Gvc.demo().decompose().bm2025()
    println(bmt.trade().bySector().exporter("MEX"))
    println(bmt.output().gdpClosed().bySector().value("GVC_PF", "MEX", "Manufacturing"))
}
