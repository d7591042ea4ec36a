package org.gvc4j.docs.upstreamness

import org.gvc4j.Gvc

fun main() {
    val io = Gvc.demo()
    println(io.decompose().upstreamness().country("CHN").bySector())
}
