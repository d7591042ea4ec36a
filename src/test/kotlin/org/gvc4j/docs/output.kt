package org.gvc4j.docs.output

import org.gvc4j.Gvc

fun main() {
    val output = Gvc.demo().decompose().bm2025().output()
    val m = output.measures()
    println(m)
    println(m.notes)
}
