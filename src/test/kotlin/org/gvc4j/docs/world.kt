package org.gvc4j.docs.world

import java.util.Locale
import org.gvc4j.Gvc

fun main() {
    val chn = Gvc.demo().decompose().icio().exporter("CHN")
    println(chn.world().result())
    val kww = chn.world().sink().result().value("FVA", "CHN")
    val exporter = chn.result().value("FVA", "CHN")
    println(String.format(Locale.ROOT, "world/sink FVA %.4f, exporter FVA %.4f", kww, exporter))
}
