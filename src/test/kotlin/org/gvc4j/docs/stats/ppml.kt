package org.gvc4j.docs.stats.ppml

import java.nio.file.Path
import org.gvc4j.stats.Estimate

fun main() {
    val f = Estimate.ppml(Path.of("../shared/reference/stats/gravity-ppml-rta/data.csv"),
            "trade ~ rta | exporter^year + importer^year + pair").cluster("pair").fit()
    println(f)
    println(String.format(java.util.Locale.ROOT, "exp(b) - 1 = %.4f", Math.expm1(f.estimate("rta"))))
}
