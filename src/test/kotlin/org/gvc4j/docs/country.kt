package org.gvc4j.docs.country

import org.gvc4j.Gvc

fun main() {
    val io = Gvc.demo()
    val output = io.decompose().bm2025().output()
    println(output.country("MEX"))
    println(output.country(4).gdpClosed())
}
