package org.gvc4j.docs.self

import org.gvc4j.Gvc

fun main() {
    val chn = Gvc.demo().decompose().icio().exporter("CHN")
    println(chn.importer("USA").self().result())
    println(chn.self().bySector())
}
