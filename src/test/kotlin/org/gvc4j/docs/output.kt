package org.gvc4j.docs.output

import org.gvc4j.Gvc

fun main() {
    val io = Gvc.demo()
    val output = io.decompose().bm2025().output()
    println(output.countries())
    println(output.country("CHN").bySector())
}
