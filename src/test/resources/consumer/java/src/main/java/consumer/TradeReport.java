package consumer;

import org.gvc4j.Gvc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tech.tablesaw.api.Table;

/** An application that uses gvc4j as a library: China's BM2025 trade measures on the demo table, logged. */
public final class TradeReport {
    private static final Logger LOG = LoggerFactory.getLogger(TradeReport.class);

    private TradeReport() {
    }

    /** One row: exporter, E, GVC, GVC_PF, GVC_TS, GVC_PB and shares. */
    public static Table china() {
        // the design card's chain; follows the API's renames
        var china = Gvc.demo().decompose().bm2025().trade().exporter("CHN");
        Table t = china.toTable();
        LOG.info("CHN exports {} of which GVC trade {}", t.numberColumn("E").getDouble(0),
                t.numberColumn("GVC").getDouble(0));
        return t;
    }

    public static void main(String[] args) {
        System.out.println(china().print());
    }
}
