// Figure 8.10 (the report's event-study figure): mean log trade of country pairs by years since their regional trade
// agreement (RTA) entered into force, with a 95% band; the dashed line marks entry. Descriptive means over the
// pairs observed at each event time (no fixed effects, so the mix of pairs changes along the axis; the gravity
// estimate is scripts/gravity.groovy).
// Data: the AGTPA gravity panel in ../shared/reference/stats/gravity-ppml-rta/data.csv (exporter, importer, pair,
// year 1986-2006 every 4 years, trade, rta). Event = first year a pair's rta is 1; pairs already in an RTA in 1986
// (entry not observed), domestic flows and zero flows are left out.
// Run:  ./gvc run scripts/report/rta-event.groovy ../shared/reference/stats/gravity-ppml-rta/data.csv out/report --out out/report
//       (add --sandbox to run it confined: it reads only the CSV and writes only under out/report)
// Writes rta_event_means.csv (rel_time, n, mean, std_error, conf_low, conf_high) and rta_event.png / .svg / .html.
import org.gvc4j.analytics.EventStudy
import org.gvc4j.chart.Chart
import tech.tablesaw.api.DoubleColumn
import tech.tablesaw.api.Table

if (args.size() < 2) {
    throw new IllegalArgumentException("usage: rta-event.groovy <gravity-ppml-rta data.csv> <out-folder>")
}
Table data = loadCsv(args[0])
String out = args[1]
int firstYear = (int) data.numberColumn("year").min()
Map<String, Integer> entry = [:]
List<String> before = new ArrayList<>()
DoubleColumn logTrade = DoubleColumn.create("log_trade")
for (int i = 0; i < data.rowCount(); i++) {
    String pair = data.column("pair").getString(i)
    int year = (int) data.numberColumn("year").getDouble(i)
    double trade = data.numberColumn("trade").getDouble(i)
    boolean international = data.column("exporter").getString(i) != data.column("importer").getString(i)
    logTrade.append(international && trade > 0 ? Math.log(trade) : Double.NaN)
    if (data.numberColumn("rta").getDouble(i) == 1) {
        if (year == firstYear) {
            before.add(pair)
        } else if (!entry.containsKey(pair) || entry.get(pair) > year) {
            entry.put(pair, year)
        }
    }
}
for (String p : before) {
    entry.remove(p)
}
data.addColumns(logTrade)
Table means = EventStudy.eventTimeMeans(data, "pair", "year", "log_trade", entry, -16, 16, 0.95)
save(means, "${out}/rta_event_means.csv")

def c = Chart.eventStudy(means, "rel_time", "mean", "conf_low", "conf_high")
        .title("Trade of country pairs before and after their trade agreement")
        .subtitle(entry.size() + " pairs entering an RTA between " + (firstYear + 4) + " and "
                + (int) data.numberColumn("year").max() + "; mean log trade with its 95% band")
        .xLabel("Years since the agreement entered into force")
        .yLabel("Mean log of bilateral trade flows")
        .source("Source: AGTPA gravity panel (Yotov et al. 2016), 1986–2006 every 4 years. gvc4j.")
chart(c, "${out}/rta_event").each { println "wrote " + it }
