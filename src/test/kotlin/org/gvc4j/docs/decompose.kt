package org.gvc4j.docs.decompose

import org.gvc4j.Gvc

fun main() {
    val io = Gvc.demo()
    val d = io.decompose()
    println(d.bm2023().exporter("CHN"))
    println(d.bm2025().trade().exporter("CHN"))
}
