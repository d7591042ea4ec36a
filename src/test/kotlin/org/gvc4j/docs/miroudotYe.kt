package org.gvc4j.docs.miroudotye

import org.gvc4j.Gvc

fun main() {
    val io = Gvc.demo()
    val my = io.decompose().miroudotYe().exporter("DEU")
    println(my)
    println(my.world())
    println(my.importer("USA").self())
}
