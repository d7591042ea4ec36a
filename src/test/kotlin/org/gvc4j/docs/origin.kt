package org.gvc4j.docs.origin

import org.gvc4j.Gvc

fun main() {
    val mex = Gvc.demo().decompose().icio().exporter("MEX")
    println(mex.origin("USA", "CHN").result())
    println(mex.origin("CHN").importers().result())
}
