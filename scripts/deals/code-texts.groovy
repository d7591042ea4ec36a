// code-texts.groovy: code a folder of agreement texts (plain .txt, ToTA .xml, .pdf) with gvc4j's rules for binding
// nature, dispute settlement, validity and provisions (GVC Development Report 2025, ch. 8, footnote 15, Fig. 8.5,
// Annexes 8.3-8.4) and print the documents per label, as the report's Figs. 8.3-8.5 count them. Texts not in English
// are listed as "not coded". Every label comes with its sentence: see the evidence table (saved if an out folder is
// given). The provision lexicons approximate the report's hand coding.
// Run: gvc run scripts/deals/code-texts.groovy ../shared/reference/texts/tota [out-folder]
import org.gvc4j.deals.*
import org.gvc4j.deals.text.*

def folder = args.isEmpty() ? "../shared/reference/texts/tota" : args[0]
def texts = AgreementText.readAll(folder)          // sandboxed runs will need a confined helper: loadTexts(folder)
def coded = TextCoding.of(texts).code()

println "${texts.size()} documents coded with the built-in rules"
println coded.labelCounts().printAll()
// chart: bars of documents per label, one panel per field (Figs. 8.3-8.5) -- when gvc4j has a chart package

Table table = coded.toTable()
Map<String, Integer> strong = [:]
for (String p : coded.provisions) {
    int n = 0
    for (int r = 0; r < table.rowCount(); r++) {
        if (!table.intColumn(p).isMissing(r) && table.intColumn(p).getInt(r) >= 2) {
            n++
        }
    }
    strong.put(p, n)
}
List<String> order = new ArrayList<>(strong.keySet())
order.sort { String a, String b -> strong[a] == strong[b] ? a.compareTo(b) : Integer.compare(strong[b], strong[a]) }
println "Provision areas with cooperation or commitments (score 2-3), documents:"
for (String p : order.take(8)) {
    println String.format(Locale.ROOT, "  %-32s %3d", p, strong[p])
}
// chart: bars of documents per provision area and score -- when gvc4j has a chart package

if (args.size() > 1) {
    println "saved " + save(table, "${args[1]}/coded_texts.csv")
    println "saved " + save(coded.evidenceTable(), "${args[1]}/evidence.csv")
}
