package org.gvc4j.docs.source

import org.gvc4j.Gvc

fun main() {
    val io = Gvc.demo()
    val mex = io.decompose().bm2023().exporter("MEX")
    println(mex.importer("USA").source())
    println(io.decompose().icio().exporter("MEX").source())
}
