package org.gvc4j.docs.downstreamness

import org.gvc4j.Gvc

fun main() {
    val io = Gvc.demo()
    println(io.decompose().downstreamness().countries())
}
