package org.gvc4j.docs.partner

import org.gvc4j.Gvc

fun main() {
    val io = Gvc.demo()
    println(io.decompose().tiva().countries().partner("USA").select("country", "partner", "EXGR", "IMGR", "BALGR", "BALVAFD"))
}
