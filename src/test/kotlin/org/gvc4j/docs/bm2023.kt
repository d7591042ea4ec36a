package org.gvc4j.docs.bm2023

import org.gvc4j.Gvc

fun main() {
    val io = Gvc.demo()
    val bm = io.decompose().bm2023()
    println(bm.exporter("MEX"))
    println(bm.exporter("MEX").importer("USA"))
}
