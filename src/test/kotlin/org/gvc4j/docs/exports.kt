package org.gvc4j.docs.exports

import org.gvc4j.Gvc

fun main() {
    val io = Gvc.demo()
    val chn = io.decompose().leontief().exports().exporter("CHN")
    println(chn.bySector().where("sector", "Energy"))
}
