package org.gvc4j.docs.partners

import org.gvc4j.Gvc

fun main() {
    val io = Gvc.demo()
    println(io.decompose().tiva().country("MEX").partners().select("country", "partner", "EXGR", "EXGR_DVA", "FFD_DVA"))
}
