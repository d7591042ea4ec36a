package org.gvc4j.docs.tiva

import org.gvc4j.Gvc

fun main() {
    val io = Gvc.demo()
    val chn = io.decompose().tiva().country("CHN")
    println(chn.select("country", "EXGR", "EXGR_DVA", "EXGR_FVA", "FFD_DVA", "BALVAFD", "VAX_RATIO"))
}
