package org.gvc4j.docs.gdpclosed

import org.gvc4j.Gvc

fun main() {
    val gdp = Gvc.demo().decompose().bm2025().output().gdpClosed()
    println(gdp.measures())
    println(gdp.bySector().value("share_PF_GDP", "CHN", "Energy"))
}
