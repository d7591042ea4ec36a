package org.gvc4j.docs.bilateral

import org.gvc4j.Gvc

fun main() {
    val io = Gvc.demo()
    val chnUsa = io.decompose().bm2023().bilateral("CHN", "USA")
    println(chnUsa.source())
    println(chnUsa.sink())
    println(chnUsa.pure())
    println(io.decompose().bm2023().bilateral().source().rowCount)
}
