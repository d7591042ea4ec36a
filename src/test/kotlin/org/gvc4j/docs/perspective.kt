package org.gvc4j.docs.perspective

import org.gvc4j.Gvc
import org.gvc4j.method.icio.Perspective

fun main() {
    val chn = Gvc.demo().decompose().icio().exporter("CHN")
    println(chn.perspective(Perspective.WORLD).result())
    println(chn.importer("USA").perspective(Perspective.parse("bilateral")).result())
}
