package org.gvc4j.docs.wwyz

import org.gvc4j.Gvc

fun main() {
    val io = Gvc.demo()
    println(io.decompose().wwyz().countries().select("country", "GVCPt_f", "GVCPt_b", "PLv", "PLy", "GVC_position"))
}
