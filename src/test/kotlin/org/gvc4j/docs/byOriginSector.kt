package org.gvc4j.docs.byoriginsector

import org.gvc4j.Gvc

fun main() {
    val io = Gvc.demo()
    val mex = io.decompose().leontief().exports().exporter("MEX").byOriginSector()
    println(mex.where("origin", "USA"))
}
