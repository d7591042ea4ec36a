package org.gvc4j.docs.withterms

import org.gvc4j.Gvc

fun main() {
    val r = Gvc.demo().decompose().icio().exporter("CHN").importer("USA").withTerms().result()
    println(r.select("exporter", "importer", "DAVAX", "VAX", "VAX1", "VAX2", "VAX3", "VAX4", "REF", "REF1", "REF2"))
    println(r.select("exporter", "importer", "FVA", "FVA1", "FVA2", "FVA3", "FVA4"))
}
