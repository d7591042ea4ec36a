package org.gvc4j.docs.compute

import org.gvc4j.Gvc
import org.gvc4j.method.icio.Approach
import org.gvc4j.method.icio.Combination
import org.gvc4j.method.icio.Flow
import org.gvc4j.method.icio.Level
import org.gvc4j.method.icio.Perspective

fun main() {
    val icio = Gvc.demo().decompose().icio()
    println(icio.compute("exports_country_world_sink"))
    val imports = Combination(Flow.IMPORTS, Level.COUNTRY, Perspective.IMPORTER, Approach.NA)
    println(icio.compute(imports).where("importer", "CHN"))
}
