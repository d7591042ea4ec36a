package org.gvc4j.kotlin

import org.gvc4j.Gvc
import org.gvc4j.MrioTable
import org.gvc4j.dsl.Bm2025TradeExporterStep
import org.gvc4j.error.InvalidQueryException
import org.gvc4j.error.UnknownLabelException
import org.gvc4j.model.Conventions
import org.gvc4j.result.MeasureTable
import org.gvc4j.result.Naming
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import java.nio.file.Files

/** Declared with the result type and no import alias: kotlin.Result does not clash with MeasureTable. */
fun chinaTrade(io: MrioTable): MeasureTable = io.decompose().bm2025().trade().exporter("CHN")

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
        assertEquals(Naming.GVC4J, io.naming)
    }

    @Test
    fun `the design card's chain prints, saves and converts as it stands`() {
        val china = io.decompose().bm2025().trade().exporter("CHN")
        assertTrue(china.toString().startsWith("# bm2025().trade().exporter(\"CHN\") (Borin, Mancini & Taglioni (2025)"))
        assertEquals(listOf("CHN"), china.toTable().stringColumn("exporter").asList())
        val file = Files.createTempDirectory("kt").resolve("china.csv")
        china.saveCsv(file)
        assertTrue(Files.readAllLines(file)[0].startsWith("exporter,E,DAVAX,GVC,GVC_PF"))
        assertEquals(china.column("E")[0], chinaTrade(io).value("E", "CHN"))
    }

    @Test
    fun `the design card's chain on the vignette table, with China`() {
        val toy = java.nio.file.Path.of("../shared/reference/gvcanalyzer-toy")
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(toy), "$toy absent")
        val china = Gvc.load(toy).decompose().bm2025().trade().exporter("China")
        assertTrue(china.toString().startsWith("# bm2025().trade().exporter(\"China\") (Borin, Mancini & Taglioni (2025); "
                + "gvcanalyzer-toy, value added residual, output as given)"))
        assertEquals(2496178.0, china.toTable().doubleColumn("E").get(0))
        val file = Files.createTempDirectory("kt").resolve("china.csv")
        china.saveCsv(file)
        assertTrue(Files.readAllLines(file)[1].startsWith("China,2496178,"))
    }

    @Test
    fun `a chain reads the same as in Java and gives the same numbers`() {
        val trade = io.decompose().bm2025().trade()
        val china: Bm2025TradeExporterStep = trade.exporter("CHN")
        val byNumber: MeasureTable = trade.exporter(3)
        assertEquals(china.column("GVC_PF")[0], byNumber.column("GVC_PF")[0])
        val pairs = trade.exporters().importers()
        val fromPairs = pairs.where("exporter", "CHN").column("GVC_PF").sum()
        assertEquals(china.column("GVC_PF")[0], fromPairs, 1e-12 * fromPairs)
        assertEquals(china.value("E", "CHN"), china.column("E").single())
        val share = china.value("participation_F", "CHN") + china.value("participation_B", "CHN")
        assertEquals(china.value("share_GVC", "CHN"), share, 1e-15)
    }

    @Test
    fun `results expose rows, columns and notes as properties`() {
        val measures = io.decompose().bm2025().output().countries()
        assertEquals(5, measures.rowCount)
        assertTrue("share_GVC" in measures.columnNames)
        assertTrue(measures.notes.isEmpty())
        val seed = measures.named(Naming.GVC_ANALYZER)
        assertTrue("X_total" in seed.columnNames)
        assertEquals(listOf("country"), seed.keyNames)
    }

    @Test
    fun `nullable value added is a nullable type`() {
        // valueAdded() is @Nullable in Java: Kotlin sees DoubleArray? and requires a safe call
        val va: DoubleArray? = io.data.valueAdded()
        assertEquals(io.size, va?.size ?: 0)
    }

    @Test
    fun `errors are exceptions that say what to change`() {
        val e = assertThrows<UnknownLabelException> { io.decompose().bm2023().exporter("CHM") }
        assertEquals("Unknown exporter \"CHM\" (did you mean CHN?). Valid countries: DEU, USA, CHN, MEX, ROW", e.message)
        val p = assertThrows<InvalidQueryException> { io.decompose().bm2023().exporter("CHN").importer("chn") }
        assertEquals("exporter and importer are both CHN: a bilateral flow needs two different countries; choose "
                + "another importer, or importers() for every partner", p.message)
    }

    @Test
    fun `one call sets a peer's conventions and names`() {
        val seed = io.like(Naming.GVC_ANALYZER)
        assertEquals(Conventions.GVC_ANALYZER, seed.conventions)
        val totals = seed.decompose().bm2023().exporters()
        assertEquals(listOf("country", "DVA_s", "DDC_s", "FVA_s", "FDC_s", "EX_s"), totals.columnNames)
        val gexp = totals.column("EX_s")
        val parts = listOf("DVA_s", "DDC_s", "FVA_s", "FDC_s").map { totals.column(it) }
        gexp.indices.forEach { i ->
            assertEquals(gexp[i], parts.sumOf { it[i] }, 1e-9 * gexp[i])
        }
    }
}
