package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.SLF4JServiceProvider;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class TradeReportTest {

    @Test
    void computesChinasTradeMeasures() {
        Table t = TradeReport.china();
        assertEquals(1, t.rowCount());
        assertEquals("CHN", t.stringColumn("exporter").get(0));
        double e = t.numberColumn("E").getDouble(0);
        double gvc = t.numberColumn("GVC").getDouble(0);
        double parts = t.numberColumn("GVC_PF").getDouble(0) + t.numberColumn("GVC_TS").getDouble(0)
                + t.numberColumn("GVC_PB").getDouble(0);
        assertEquals(1981.9, e, 1e-9 * e, "China's gross exports in the demo table");
        assertEquals(gvc, parts, 1e-12 * e, "GVC = GVC_PF + GVC_TS + GVC_PB");
        assertTrue(gvc > 0 && gvc < e);
    }

    @Test
    void theApplicationsOwnLogbackReceivesItsLog() {
        // exactly one SLF4J provider, logback's: gvc4j brings no binding of its own
        List<String> providers = new ArrayList<>();
        ServiceLoader.load(SLF4JServiceProvider.class).forEach(p -> providers.add(p.getClass().getName()));
        assertEquals(List.of("ch.qos.logback.classic.spi.LogbackServiceProvider"), providers);
        LoggerContext context = assertInstanceOf(LoggerContext.class, LoggerFactory.getILoggerFactory());
        @SuppressWarnings("unchecked")
        ListAppender<ILoggingEvent> list = (ListAppender<ILoggingEvent>) context.getLogger(Logger.ROOT_LOGGER_NAME)
                .getAppender("LIST");
        list.list.clear();
        TradeReport.china();
        assertTrue(list.list.stream().anyMatch(ev -> ev.getLoggerName().equals(TradeReport.class.getName())
                        && ev.getFormattedMessage().startsWith("CHN exports 198")),
                "the application's log event reached its logback appender: " + list.list);
    }

    @Test
    void neitherGroovyNorPicocliNorAnotherBindingIsOnTheClassPath() {
        for (String cls : List.of("groovy.lang.GroovyObject", "picocli.CommandLine", "org.slf4j.nop.NOPServiceProvider",
                "org.slf4j.simple.SimpleServiceProvider")) {
            assertThrows(ClassNotFoundException.class, () -> Class.forName(cls), cls + " is on the class path");
        }
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = new File(entry).getName();
            assertTrue(!name.matches("(groovy|picocli|slf4j-(nop|simple|jdk14|reload4j|log4j12)|log4j-slf4j).*"),
                    "on the class path: " + entry);
        }
    }
}
