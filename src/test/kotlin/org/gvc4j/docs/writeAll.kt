package org.gvc4j.docs.writeall

import java.nio.file.Path
import org.gvc4j.Gvc
import org.gvc4j.method.icio.Combination

fun main() {
    val icio = Gvc.demo().decompose().icio()
    for (file in icio.writeAll(Path.of("out/icio"), Combination.icio())) {
        println(file.fileName)
    }
}
