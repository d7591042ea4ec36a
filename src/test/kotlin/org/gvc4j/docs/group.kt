package org.gvc4j.docs.group

import org.gvc4j.Gvc

fun main() {
    val io = Gvc.demo()
    val icio = io.decompose().icio()
    println(icio.group("NAFTA", "USA", "MEX"))
    val pairs = icio.exporters().importers()
    var outside = 0.0
    for (r in listOf("DEU", "CHN", "ROW")) {
        outside += pairs.value("GEXP", "USA", r) + pairs.value("GEXP", "MEX", r)
    }
    println(String.format(java.util.Locale.ROOT, "%.4f", outside))   // NAFTA's GEXP: trade between USA and MEX is not exported
}
