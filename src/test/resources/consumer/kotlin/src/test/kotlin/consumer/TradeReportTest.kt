package consumer

import ch.qos.logback.classic.Logger
import ch.qos.logback.classic.LoggerContext
import ch.qos.logback.classic.spi.ILoggingEvent
import ch.qos.logback.core.read.ListAppender
import java.io.File
import java.util.ServiceLoader
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertInstanceOf
import org.junit.jupiter.api.Assertions.assertThrows
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.slf4j.LoggerFactory
import org.slf4j.spi.SLF4JServiceProvider

class TradeReportTest {

    @Test
    fun `computes China's trade measures`() {
        val t = china()
        assertEquals(1, t.rowCount())
        assertEquals("CHN", t.stringColumn("exporter").get(0))
        val e = t.numberColumn("E").getDouble(0)
        val gvc = t.numberColumn("GVC").getDouble(0)
        val parts = listOf("GVC_PF", "GVC_TS", "GVC_PB").sumOf { t.numberColumn(it).getDouble(0) }
        assertEquals(1981.9, e, 1e-9 * e, "China's gross exports in the demo table")
        assertEquals(gvc, parts, 1e-12 * e, "GVC = GVC_PF + GVC_TS + GVC_PB")
        assertTrue(gvc > 0 && gvc < e)
    }

    @Test
    fun `the application's own logback receives its log`() {
        val providers = ServiceLoader.load(SLF4JServiceProvider::class.java).map { it.javaClass.name }
        assertEquals(listOf("ch.qos.logback.classic.spi.LogbackServiceProvider"), providers)
        val context = assertInstanceOf(LoggerContext::class.java, LoggerFactory.getILoggerFactory())
        @Suppress("UNCHECKED_CAST")
        val list = context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("LIST") as ListAppender<ILoggingEvent>
        list.list.clear()
        china()
        assertTrue(list.list.any { it.loggerName == "consumer.TradeReport" && it.formattedMessage.startsWith("CHN exports 198") },
            "the application's log event reached its logback appender: ${list.list}")
    }

    @Test
    fun `neither Groovy nor picocli nor another binding is on the class path`() {
        for (cls in listOf("groovy.lang.GroovyObject", "picocli.CommandLine", "org.slf4j.nop.NOPServiceProvider",
                "org.slf4j.simple.SimpleServiceProvider")) {
            assertThrows(ClassNotFoundException::class.java, { Class.forName(cls) }, "$cls is on the class path")
        }
        val banned = Regex("(groovy|picocli|slf4j-(nop|simple|jdk14|reload4j|log4j12)|log4j-slf4j).*")
        for (entry in System.getProperty("java.class.path").split(File.pathSeparator)) {
            assertTrue(!banned.matches(File(entry).name), "on the class path: $entry")
        }
    }
}
