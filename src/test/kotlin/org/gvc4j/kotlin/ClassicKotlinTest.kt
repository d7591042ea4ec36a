package org.gvc4j.kotlin

import org.gvc4j.Gvc
import org.gvc4j.MrioTable
import org.gvc4j.dsl.KwwExporterStep
import org.gvc4j.dsl.PositionCountryStep
import org.gvc4j.error.InvalidQueryException
import org.gvc4j.error.UnknownLabelException
import org.gvc4j.result.MeasureTable
import org.gvc4j.result.Naming
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

/** A classic chain as a Kotlin function: typed steps, no casts, no import alias. */
fun kwwOf(io: MrioTable, exporter: String): KwwExporterStep = io.decompose().kww().exporter(exporter)

/** The classic methods read from Kotlin through the fluent API: shapes, identities across methods, names, errors. */
class ClassicKotlinTest {
    private val io: MrioTable = Gvc.demo()

    @Test
    fun `KWW groups add up and agree with Leontief's origin of exports and with Miroudot-Ye's country perimeter`() {
        val kww = kwwOf(io, "CHN")
        val exgr = kww.value("EXGR", "CHN")
        assertEquals(exgr, kww.value("DC", "CHN") + kww.value("FC", "CHN"), 1e-9)
        val terms = kww.withTerms()
        val sum = listOf("DVA_FIN", "DVA_INT", "DVA_INTrex", "RDV_FIN", "RDV_INT", "DDC", "FVA_FIN", "FVA_INT", "FDC")
            .sumOf { terms.value(it, "CHN") }
        assertEquals(exgr, sum, 1e-9, "the demo table is balanced: T1..T9 add up to exports")
        val origin = io.decompose().leontief().exports().exporter("CHN")
        assertEquals(exgr, origin.column("VA").sum(), 1e-9)
        assertEquals(kww.value("DC", "CHN"), origin.value("VA", "CHN", "CHN"), 1e-9)
        val my = io.decompose().miroudotYe().exporter("CHN")
        for (c in listOf("EXGR", "DC", "DVA", "DDC", "FC")) {
            assertEquals(kww.value(c, "CHN"), my.value(c, "CHN"), 1e-9, c)
        }
    }

    @Test
    fun `WWZ pairs sum to the exporter and sector-pair rows to the pairs`() {
        val wwz = io.decompose().wwz().exporter("DEU")
        val pairs: MeasureTable = wwz.importers()
        assertEquals(4, pairs.rowCount)
        assertEquals(wwz.value("texp", "DEU"), pairs.column("texp").sum(), 1e-9)
        val cells = wwz.importer("USA").bySector()
        assertEquals(listOf("exporter", "sector", "importer"), cells.keyNames)
        assertEquals(pairs.value("DVA_FIN", "DEU", "USA"), cells.column("DVA_FIN").sum(), 1e-9)
    }

    @Test
    fun `position measures are one typed step and name their peers`() {
        val up: PositionCountryStep = io.decompose().upstreamness().countries()
        val wwyz = io.decompose().wwyz().countries()
        assertEquals(5, up.rowCount)
        assertEquals(20, up.bySector().rowCount)
        val upSectors = up.bySector()
        val wwyzSectors = wwyz.bySector()
        for (c in io.countries) {
            for (i in io.sectors) {
                assertEquals(upSectors.value("U", c, i), wwyzSectors.value("PLv", c, i), 1e-9,
                    "U = PLv by sector on a balanced table ($c, $i)")
            }
        }
        val k = io.decompose().koopman().countries().named(Naming.EXVATOOLS)
        assertTrue(k.columnNames.containsAll(listOf("EXGR", "EXGR_FVA")), k.columnNames.toString())
        assertEquals(listOf("country", "sector"), io.decompose().rca().country("usa").valueAdded().keyNames)
    }

    @Test
    fun `wrong countries fail at the call, before anything is computed`() {
        assertThrows<InvalidQueryException> { io.decompose().kww().exporter("CHN").importer("CHN") }
        val e = assertThrows<UnknownLabelException> { io.decompose().tiva().country("CHN").partner("Chnia") }
        assertTrue(e.message!!.startsWith("Unknown partner \"Chnia\" (did you mean CHN?)"), e.message)
        assertEquals("tiva().country(\"CHN\").partner(\"CHN\")",
            io.decompose().tiva().country("chn").partner(3).chain)
    }
}
