package org.gvc4j.docs.stats.ppml

import java.nio.file.Path
import org.gvc4j.stats.Datasets
import org.gvc4j.stats.Estimate

fun main() {
    val data = Datasets.readCsv(Path.of("../shared/reference/stats/gravity-ppml-rta/data.csv"))
    val f = Estimate.ppml(data, "trade ~ rta | exporter^year + importer^year + pair").cluster("pair").fit()
    println(f)
    println(String.format(java.util.Locale.ROOT, "exp(b) - 1 = %.4f", Math.expm1(f.estimate("rta"))))
    val p = f.prediction(data, "response")
    val eta = f.predict(data, "link")
    println(String.format(java.util.Locale.ROOT, "row 2: mu = %.4f = exp(%.6f); fitted %.4f", p.values()[1], eta[1],
            f.getFitted()[1]))
    println(p.missing().toString() + " rows not predicted: " + p.notes())
}
