package org.gvc4j.docs.country

import org.gvc4j.Gvc

fun main() {
    val output = Gvc.demo().decompose().bm2025().output()
    println(output.country("USA"))
    println(output.gdpClosed().country(2))
}
