package org.gvc4j.docs.bm2023

import org.gvc4j.Gvc

fun main() {
    val bm = Gvc.demo().decompose().bm2023()
    println(bm.exporter("MEX"))
    println(bm.bilateral("MEX", "USA").source())
}
