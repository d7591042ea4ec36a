package org.gvc4j.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gvc4j.deals.CodedText;
import org.gvc4j.deals.CodedTexts;
import org.gvc4j.deals.CodingRules;
import org.gvc4j.deals.TextCoding;
import org.gvc4j.deals.text.AgreementText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tech.tablesaw.api.Table;

/**
 * {@code gvc code-texts FILES... --out FILE.csv [--rules FILE] [--evidence FILE.csv]}: codes agreement texts for
 * bindingness, dispute settlement, validity and provisions, one CSV row per document, written all or nothing.
 */
@Command(name = "code-texts", mixinStandardHelpOptions = true,
        description = {"Code agreement texts (plain .txt, ToTA .xml, .pdf; folders give their files) for binding "
            + "nature, dispute settlement, validity and provision areas, with the sentence behind every label. "
            + "One row per document: document, language, binding, binding_evidence, dispute, dispute_evidence, "
            + "validity, one column per provision (0-3), then validity_evidence, where each evidence stands, note. "
            + "Texts not in English are reported with their language and 'not coded'.",
            "The rules are data: see them with --print-rules, change them with --rules FILE."})
final class CodeTextsCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILES", description = "Agreement texts or folders of them.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE.csv", description = "The CSV to write (one row per document).")
    Path out;

    @Option(names = "--rules", paramLabel = "FILE", description = "Rules that change the built-in ones "
            + "([section] replaces, [section +] adds, [provision.NAME] adds a column).")
    Path rules;

    @Option(names = "--evidence", paramLabel = "FILE.csv", description = "Also write every signal found (every "
            + "provision hit too), one row each: document, field, label, decisive, term, sentence, where, ...")
    Path evidence;

    @Option(names = "--print-rules", description = "Print the rules in force (built-in, changed by --rules) and stop.")
    boolean printRules;

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;

    @Override
    public Integer call() {
        PrintWriter pw = spec.commandLine().getOut();
        CodingRules r = rules == null ? CodingRules.defaults() : CodingRules.read(rules);
        if (printRules) {
            pw.print(r.toText());
            pw.flush();
            return 0;
        }
        if (files.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no FILES given");
        }
        if (out == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--out FILE.csv is required");
        }
        long t0 = System.nanoTime();
        List<AgreementText> texts = AgreementText.readAll(files);
        long t1 = System.nanoTime();
        CodedTexts coded = TextCoding.of(texts).withRules(r).code();
        long t2 = System.nanoTime();
        coded.saveCsv(out);
        if (evidence != null) {
            coded.saveEvidenceCsv(evidence);
        }
        int notCoded = 0;
        for (CodedText d : coded.getDocuments()) {
            notCoded += d.isCoded() ? 0 : 1;
        }
        pw.printf(Locale.ROOT, "coded %d document(s)%s in %.2f s (reading %.2f s, coding %.2f s); wrote %s%s%n",
                texts.size(), notCoded == 0 ? "" : " (" + notCoded + " not in English: not coded)",
                (t2 - t0) / 1e9, (t1 - t0) / 1e9, (t2 - t1) / 1e9, out, evidence == null ? "" : " and " + evidence);
        Table counts = coded.labelCounts();
        String field = "";
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < counts.rowCount(); i++) {
            String f = counts.stringColumn(0).get(i);
            int n = counts.intColumn(2).getInt(i);
            if (!f.equals(field)) {
                if (line.length() > 0) {
                    pw.println(line);
                }
                line.setLength(0);
                line.append("  ").append(f).append(':');
                field = f;
            }
            if (n > 0) {
                line.append(' ').append(counts.stringColumn(1).get(i)).append(' ').append(n).append(',');
            }
        }
        pw.println(line);
        for (CodedText d : coded.getDocuments()) {
            for (String note : d.getNotes()) {
                pw.println("  " + d.getDocument() + ": " + note);
            }
        }
        pw.flush();
        return 0;
    }
}
