// code-texts.groovy: code a folder of agreement texts (plain .txt, ToTA .xml, .pdf) with gvc4j's rules for binding
// nature, dispute settlement, validity and provisions (GVC Development Report 2025, ch. 8, footnote 15, Fig. 8.5,
// Annexes 8.3-8.4), print the documents per label as the report's Figs. 8.3-8.5 count them, and, given an out
// folder, save the tables and chart the counts as horizontal bars. Texts not in English are counted as "not coded".
// Every label comes with its sentence: see evidence.csv. The provision lexicons approximate the report's hand coding.
// Run: ./gvc run --sandbox --out out/deals scripts/deals/code-texts.groovy ../shared/reference/texts/tota out/deals
// Writes (with an out folder): coded_texts.csv, evidence.csv, label_counts.csv (field, label, documents),
// provisions.csv (provision, documents with a score of 2-3), and the bars label_counts_binding, label_counts_dispute,
// label_counts_validity and provisions (.png / .svg / .html).
import org.gvc4j.chart.Chart
import org.gvc4j.deals.TextCoding
import tech.tablesaw.api.IntColumn
import tech.tablesaw.api.StringColumn
import tech.tablesaw.api.Table

def folder = args.isEmpty() ? "../shared/reference/texts/tota" : args[0]
def texts = loadTexts(folder)
def coded = TextCoding.of(texts).code()

println "${texts.size()} documents coded with the built-in rules"
Table counts = coded.labelCounts()
println counts.printAll()

// provisions with cooperation or commitments (score 2-3): documents per provision area, most frequent first
Table table = coded.toTable()
List<String> names = new ArrayList<>(coded.provisions)
List<Integer> strong = new ArrayList<>()
for (String p : names) {
    int n = 0
    for (int r = 0; r < table.rowCount(); r++) {
        if (!table.intColumn(p).isMissing(r) && table.intColumn(p).getInt(r) >= 2) {
            n++
        }
    }
    strong.add(n)
}
StringColumn provision = StringColumn.create("provision")
IntColumn documents = IntColumn.create("documents")
List<Integer> left = new ArrayList<>()
for (int i = 0; i < names.size(); i++) {
    left.add(i)
}
while (!left.isEmpty()) {                   // most documents first, ties by name
    int best = 0
    for (int j = 1; j < left.size(); j++) {
        int a = left.get(j)
        int b = left.get(best)
        if (strong.get(a) > strong.get(b) || strong.get(a) == strong.get(b) && names.get(a) < names.get(b)) {
            best = j
        }
    }
    int k = left.remove(best)
    provision.append(names.get(k))
    documents.append(strong.get(k))
}
Table provisions = Table.create("provisions", provision, documents)
println "Provision areas with cooperation or commitments (score 2-3), documents:"
for (int i = 0; i < Math.min(8, provisions.rowCount()); i++) {
    println String.format(Locale.ROOT, "  %-32s %3d", provision.get(i), documents.getInt(i))
}

if (args.size() > 1) {
    String out = args[1]
    println "saved " + save(table, "${out}/coded_texts.csv")
    println "saved " + save(coded.evidenceTable(), "${out}/evidence.csv")
    println "saved " + save(counts, "${out}/label_counts.csv")
    println "saved " + save(provisions, "${out}/provisions.csv")
    String source = ("Source: " + texts.size() + " agreement texts in " + folder + ", coded by gvc4j's rules (footnote 15 "
            + "of the GVC Development Report 2025).")
    List<String> fields = ["binding", "dispute", "validity"]
    List<String> titles = ["Legal nature of the agreements (Fig. 8.3)", "Dispute settlement in the agreements (Fig. 8.4)",
                           "Validity of the agreements (Fig. 8.5)"]
    for (int f = 0; f < 3; f++) {
        Table one = counts.where(counts.stringColumn("field").isEqualTo(fields.get(f)))
        def c = Chart.bars(one, "label", "documents")
                .size(900, 360)
                .title(titles.get(f))
                .subtitle("Documents per label; the evidence sentence of every label is in evidence.csv")
                .xLabel("Label")
                .yLabel("Documents")
                .source(source)
        for (String p : chart(c, "${out}/label_counts_" + fields.get(f))) {
            println "wrote " + p
        }
    }
    def c = Chart.bars(provisions, "provision", "documents")
            .size(900, Math.max(360, 140 + 24 * provisions.rowCount()))
            .title("Provision areas with cooperation or commitments")
            .subtitle("Documents with a score of 2 or 3 on the area's 0-3 scale (keyword lexicons: an approximation of "
                    + "the report's hand coding)")
            .xLabel("Provision area")
            .yLabel("Documents")
            .source(source)
    for (String p : chart(c, "${out}/provisions")) {
        println "wrote " + p
    }
}
