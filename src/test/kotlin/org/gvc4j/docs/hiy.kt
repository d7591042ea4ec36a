package org.gvc4j.docs.hiy

import org.gvc4j.Gvc

fun main() {
    val io = Gvc.demo()
    println(io.decompose().hiy().exporters())
}
