package org.gvc4j.docs.rca

import org.gvc4j.Gvc

fun main() {
    val io = Gvc.demo()
    println(io.decompose().rca().country("USA"))
}
