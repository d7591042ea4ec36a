package org.gvc4j.docs.apl

import org.gvc4j.Gvc

fun main() {
    val io = Gvc.demo()
    println(io.decompose().apl().country("MEX"))
}
