package org.gvc4j.docs.countries

import org.gvc4j.Gvc
import org.gvc4j.result.Naming

fun main() {
    val io = Gvc.demo()
    val all = io.decompose().bm2025().output().countries()
    println(all.sortDescendingBy("share_GVC"))
    println(all.named(Naming.GVC_ANALYZER).select("country", "X_total", "share_GVC_output"))
}
