package org.gvc4j.docs.gdpclosed

import org.gvc4j.Gvc

fun main() {
    val io = Gvc.demo()
    val deu = io.decompose().bm2025().output().country("DEU")
    println(deu.gdpClosed())
    println(deu.gdpClosed().bySector())
}
