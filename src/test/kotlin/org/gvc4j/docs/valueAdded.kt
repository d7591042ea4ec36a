package org.gvc4j.docs.valueadded

import org.gvc4j.Gvc

fun main() {
    val io = Gvc.demo()
    println(io.decompose().rca().country("USA").valueAdded())
}
