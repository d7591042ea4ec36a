package org.gvc4j.docs.stats.ols

import java.nio.file.Path
import org.gvc4j.stats.Estimate

fun main() {
    val f = Estimate.ols(Path.of("../shared/reference/stats/gravity-ols/data.csv"),
            "log(trade) ~ log(dist) + cntg + lang + clny + rta | exporter^year + importer^year").cluster("pair").fit()
    println(f)
    println(f.nobs)
}
