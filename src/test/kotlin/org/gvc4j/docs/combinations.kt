package org.gvc4j.docs.combinations

import org.gvc4j.Gvc
import org.gvc4j.method.icio.Combination

fun main() {
    val all = Gvc.demo().decompose().icio().combinations()
    for (c in all) {
        println(c.toString() + "   " + c.fileName() + (if (Combination.icio().contains(c)) "" else "   (no reference file)"))
    }
}
