package org.gvc4j.docs.kww

import org.gvc4j.Gvc

fun main() {
    val io = Gvc.demo()
    val kww = io.decompose().kww().exporters()
    println(kww)
    println(kww.withTerms().where("exporter", "MEX"))
}
