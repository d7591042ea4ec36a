package org.gvc4j.kotlin

import org.gvc4j.Gvc
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test

class TradeKotlinTest {
    @Test
    fun `demo countries read as a property`() {
        val io = Gvc.demo()
        assertEquals(listOf("DEU", "USA", "CHN", "MEX", "ROW"), io.countries)
    }
}
