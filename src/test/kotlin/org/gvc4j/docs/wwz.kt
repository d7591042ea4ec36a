package org.gvc4j.docs.wwz

import org.gvc4j.Gvc

fun main() {
    val io = Gvc.demo()
    val wwz = io.decompose().wwz().exporter("CHN").importer("USA")
    println(wwz.select("exporter", "importer", "DVA_FIN", "DVA_INT", "MVA_FIN", "OVA_FIN", "texp"))
}
