package org.gvc4j.docs.withterms

import org.gvc4j.Gvc

fun main() {
    val io = Gvc.demo()
    println(io.decompose().icio().exporter("CHN").importer("USA").withTerms())
}
