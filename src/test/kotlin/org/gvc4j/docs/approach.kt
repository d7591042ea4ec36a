package org.gvc4j.docs.approach

import java.util.Locale
import org.gvc4j.Gvc
import org.gvc4j.method.icio.Approach

fun main() {
    val pair = Gvc.demo().decompose().icio().exporter("CHN").importer("USA")
    val source = pair.approach(Approach.SOURCE).result()
    val sink = pair.approach(Approach.SINK).result()
    println(sink)
    println(String.format(Locale.ROOT, "sink - source DVA: %.6f", sink.value("DVA", "CHN", "USA") - source.value("DVA", "CHN", "USA")))
}
