package org.gvc4j.docs.leontief

import org.gvc4j.Gvc

fun main() {
    val io = Gvc.demo()
    val exports = io.decompose().leontief().exports().exporter("MEX")
    println(exports)
}
