package org.gvc4j.docs.origin

import org.gvc4j.Gvc

fun main() {
    val io = Gvc.demo()
    println(io.decompose().icio().exporter("MEX").importer("USA").origin("CHN", "mex"))
}
