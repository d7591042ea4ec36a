package org.gvc4j.docs.stats.regressiontable

import java.nio.file.Path
import org.gvc4j.stats.Estimate
import org.gvc4j.stats.RegressionTable

fun main() {
    val data = Path.of("../shared/reference/stats/gravity-ppml-trad/data.csv")
    val trad = Estimate.ppml(data, "trade ~ log(dist) + cntg + lang + clny + rta | exporter^year + importer^year")
            .cluster("pair").fit()
    val pairFe = Estimate.ppml(data, "trade ~ rta | exporter^year + importer^year + pair").cluster("pair").fit()
    println(RegressionTable.of(trad, pairFe).withTitles("PPML", "PAIRFE").withDigits(3))
}
