package org.gvc4j.docs.finaldemand

import org.gvc4j.Gvc

fun main() {
    val io = Gvc.demo()
    val usa = io.decompose().leontief().finalDemand().country("USA")
    println(usa)
}
