package org.gvc4j.docs.fdcresidual

import org.gvc4j.Gvc

fun main() {
    val io = Gvc.demo()
    println(io.decompose().kww().exporter("DEU").fdcResidual().withTerms())
}
