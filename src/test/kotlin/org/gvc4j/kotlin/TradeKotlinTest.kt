package org.gvc4j.kotlin

import org.gvc4j.Gvc
import org.gvc4j.MrioTable
import org.gvc4j.error.UnknownLabelException
import org.gvc4j.model.Conventions
import org.gvc4j.result.Naming
import org.gvc4j.result.Result
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

/**
 * The Java API read from Kotlin: properties for model accessors, no casts, no `!!`, nullability visible in types,
 * and the same numbers as the Java calls.
 */
class TradeKotlinTest {
    private val io: MrioTable = Gvc.demo()

    @Test
    fun `model accessors read as properties`() {
        assertEquals(listOf("DEU", "USA", "CHN", "MEX", "ROW"), io.countries)
        assertEquals(listOf("Agriculture", "Manufacturing", "Energy", "Services"), io.sectors)
        assertEquals(20, io.size)
        assertEquals("demo", io.name)
        assertEquals(Conventions.DEFAULT, io.conventions)
    }

    @Test
    fun `a chain reads the same as in Java and gives the same numbers`() {
        val trade = io.decompose().bm2025().trade()
        val china: Result = trade.exporter("CHN")
        val byNumber: Result = trade.exporter(3)
        assertEquals(china.column("GVC_PF")[0], byNumber.column("GVC_PF")[0])
        val pairs = trade.pairs()
        val fromPairs = pairs.where("exporter", "CHN").column("GVC_PF").sum()
        assertEquals(china.column("GVC_PF")[0], fromPairs, 1e-12 * fromPairs)
        assertEquals(china.value("E", "CHN"), china.column("E").single())
    }

    @Test
    fun `results expose rows, columns and notes as properties`() {
        val measures = io.decompose().bm2025().output().measures()
        assertEquals(5, measures.rowCount)
        assertTrue("share_GVC" in measures.columnNames)
        assertTrue(measures.notes.isEmpty())
        val seed = measures.toTable(Naming.GVC_ANALYZER)
        assertTrue("X_total" in seed.columnNames())
    }

    @Test
    fun `nullable value added is a nullable type`() {
        // valueAdded() is @Nullable in Java: Kotlin sees DoubleArray? and requires a safe call
        val va: DoubleArray? = io.data.valueAdded()
        assertEquals(io.size, va?.size ?: 0)
    }

    @Test
    fun `errors are exceptions with the valid countries`() {
        val e = assertThrows<UnknownLabelException> { io.decompose().bm2023().exporter("CHM") }
        assertTrue(e.message.orEmpty().contains("did you mean CHN?"))
    }

    @Test
    fun `conventions switch with a named constant`() {
        val seedConventions = io.withConventions(Conventions.GVC_ANALYZER)
        val totals = seedConventions.decompose().bm2023().exporters()
        val gexp = totals.column("GEXP")
        val parts = listOf("DVA", "DDC", "FVA", "FDC").map { totals.column(it) }
        gexp.indices.forEach { i ->
            assertEquals(gexp[i], parts.sumOf { it[i] }, 1e-9 * gexp[i])
        }
    }
}
