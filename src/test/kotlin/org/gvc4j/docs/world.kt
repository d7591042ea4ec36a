package org.gvc4j.docs.world

import org.gvc4j.Gvc

fun main() {
    val chn = Gvc.demo().decompose().icio().exporter("CHN")
    println(chn.world().result())
    println(chn.world().sink().result().value("FVA", "CHN"))
    println(chn.result().value("FVA", "CHN"))
}
