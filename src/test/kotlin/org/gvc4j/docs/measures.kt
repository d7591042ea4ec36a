package org.gvc4j.docs.measures

import org.gvc4j.Gvc

fun main() {
    val bmt = Gvc.demo().decompose().bm2025()
    println(bmt.trade().measures())
    println(bmt.output().measures())
}
