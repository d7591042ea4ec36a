package org.gvc4j.docs.group

import java.util.Locale
import org.gvc4j.Gvc

fun main() {
    val icio = Gvc.demo().decompose().icio()
    println(icio.group("NAFTA", "USA", "MEX").result())
    val pairs = icio.exporters().importers().result()
    var outside = 0.0
    for (r in listOf("DEU", "CHN", "ROW")) {
        outside += pairs.value("GEXP", "USA", r) + pairs.value("GEXP", "MEX", r)
    }
    println(String.format(Locale.ROOT, "%.4f", outside))
}
