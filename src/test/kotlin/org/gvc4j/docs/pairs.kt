package org.gvc4j.docs.pairs

import java.nio.file.Path
import org.gvc4j.Gvc
import org.gvc4j.result.Naming

fun main() {
    val all = Gvc.demo().decompose().bm2025().trade().pairs()
    println(all)
    all.saveCsv(Path.of("out/tripartite.csv"), Naming.GVC_ANALYZER)
}
