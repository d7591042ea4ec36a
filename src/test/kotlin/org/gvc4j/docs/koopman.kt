package org.gvc4j.docs.koopman

import org.gvc4j.Gvc

fun main() {
    val io = Gvc.demo()
    println(io.decompose().koopman().countries())
}
