package consumer

import org.gvc4j.Gvc
import org.slf4j.LoggerFactory
import tech.tablesaw.api.Table

private val log = LoggerFactory.getLogger("consumer.TradeReport")

/** China's BM2025 trade measures on the demo table, logged: one row (exporter, E, GVC, GVC_PF, GVC_TS, GVC_PB, ...). */
fun china(): Table {
    // the design card's chain; follows the API's renames
    val china = Gvc.demo().decompose().bm2025().trade().exporter("CHN")
    val t = china.toTable()
    log.info("CHN exports {} of which GVC trade {}", t.numberColumn("E").getDouble(0), t.numberColumn("GVC").getDouble(0))
    return t
}

fun main() {
    println(china().print())
}
