package org.gvc4j.docs.stats.logit

import java.nio.file.Path
import org.gvc4j.stats.Estimate

fun main() {
    val f = Estimate.logit(Path.of("../shared/reference/stats/rta-logit/data.csv"), "rta ~ log(dist) + cntg + lang + clny | year")
            .cluster("pair").fit()
    println(f)
    println(String.format(java.util.Locale.ROOT, "odds ratio of log(dist): %.6f", Math.exp(f.estimate("log(dist)"))))
}
