package org.gvc4j.kotlin

import org.gvc4j.Gvc
import org.gvc4j.stats.Estimate
import org.gvc4j.stats.RegressionTable
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/** The econometrics read from Kotlin: a decomposition result as data, properties for fit facts, no casts. */
class StatsKotlinTest {
    @Test
    fun `an OLS on a decomposition result reads like the Java call`() {
        val pairs = Gvc.demo().decompose().bm2025().trade().exporters().importers()
        val fit = Estimate.ols(pairs, "GVC ~ E | exporter").fit()
        assertEquals(listOf("E"), fit.terms)
        assertEquals(pairs.rowCount, fit.nobsData)
        // with exporter effects, GVC/E is the within-exporter slope: positive and below 1 on the demo table
        val slope = fit.estimate("E")
        assertTrue(slope > 0.0 && slope < 1.0, "slope $slope")
        val text = RegressionTable.of(fit).withTitles("GVC on E").toText()
        assertTrue("exporter fixed effects" in text, text)
    }
}
