package org.gvc4j.deals;

import static org.gvc4j.deals.DealsColumns.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gvc4j.deals.text.Location;
import org.gvc4j.error.GvcException;
import org.gvc4j.source.OutputFiles;
import org.jspecify.annotations.Nullable;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvWriteOptions;

/**
 * Coded agreement texts: one {@link CodedText} per document, as tables.
 * <ul>
 *   <li>{@link #toTable()}: one row per document: {@code document, language, binding, binding_evidence, dispute,
 *   dispute_evidence, validity}, one column per provision (0–3, empty when not coded), then
 *   {@code validity_evidence, binding_where, dispute_where, validity_where, note};</li>
 *   <li>{@link #evidenceTable()}: one row per signal (every provision hit included): {@code document, field, label,
 *   decisive, term, sentence, where, chapter, article, page, line};</li>
 *   <li>{@link #labelCounts()}: documents per label of binding, dispute and validity (the report's Figs. 8.3–8.5).</li>
 * </ul>
 */
public final class CodedTexts {
    private final List<CodedText> documents;
    private final CodingRules rules;

    CodedTexts(List<CodedText> documents, CodingRules rules) {
        this.documents = List.copyOf(documents);
        this.rules = rules;
    }

    public List<CodedText> getDocuments() {
        return documents;
    }

    /** The coded document of that name. */
    public CodedText document(String name) {
        for (CodedText d : documents) {
            if (d.getDocument().equals(name)) {
                return d;
            }
        }
        List<String> names = new ArrayList<>();
        documents.forEach(d -> names.add(d.getDocument()));
        throw new GvcException("no document \"" + name + "\" (documents: " + String.join(", ", names) + ")");
    }

    /** The provision columns. */
    public List<String> getProvisions() {
        return rules.getProvisions();
    }

    /** One row per document (columns in the class comment). */
    public Table toTable() {
        StringColumn doc = StringColumn.create(DOCUMENT);
        StringColumn lang = StringColumn.create(LANGUAGE);
        StringColumn binding = StringColumn.create(BINDING);
        StringColumn bindingEv = StringColumn.create(BINDING_EVIDENCE);
        StringColumn dispute = StringColumn.create(DISPUTE);
        StringColumn disputeEv = StringColumn.create(DISPUTE_EVIDENCE);
        StringColumn validity = StringColumn.create(VALIDITY);
        Map<String, IntColumn> prov = new LinkedHashMap<>();
        for (String p : rules.getProvisions()) {
            prov.put(p, IntColumn.create(p));
        }
        StringColumn validityEv = StringColumn.create(VALIDITY_EVIDENCE);
        StringColumn bindingWhere = StringColumn.create(BINDING_WHERE);
        StringColumn disputeWhere = StringColumn.create(DISPUTE_WHERE);
        StringColumn validityWhere = StringColumn.create(VALIDITY_WHERE);
        StringColumn note = StringColumn.create(NOTE);
        for (CodedText d : documents) {
            doc.append(d.getDocument());
            lang.append(d.getLanguage().code());
            binding.append(d.getBinding());
            bindingEv.append(sentence(d.getBindingEvidence()));
            dispute.append(d.getDispute());
            disputeEv.append(sentence(d.getDisputeEvidence()));
            validity.append(d.getValidity());
            for (Map.Entry<String, IntColumn> p : prov.entrySet()) {
                Integer v = d.getProvisions().get(p.getKey());
                if (v == null) {
                    p.getValue().appendMissing();
                } else {
                    p.getValue().append(v);
                }
            }
            validityEv.append(sentence(d.getValidityEvidence()));
            bindingWhere.append(where(d.getBindingEvidence()));
            disputeWhere.append(where(d.getDisputeEvidence()));
            validityWhere.append(where(d.getValidityEvidence()));
            note.append(String.join("; ", d.getNotes()));
        }
        Table t = Table.create("coded_texts", doc, lang, binding, bindingEv, dispute, disputeEv, validity);
        prov.values().forEach(t::addColumns);
        return t.addColumns(validityEv, bindingWhere, disputeWhere, validityWhere, note);
    }

    /** One row per signal found (columns in the class comment). */
    public Table evidenceTable() {
        StringColumn doc = StringColumn.create(DOCUMENT);
        StringColumn field = StringColumn.create(FIELD);
        StringColumn label = StringColumn.create(LABEL);
        BooleanColumn decisive = BooleanColumn.create(DECISIVE);
        StringColumn term = StringColumn.create(TERM);
        StringColumn sentence = StringColumn.create(SENTENCE);
        StringColumn where = StringColumn.create(WHERE);
        StringColumn chapter = StringColumn.create(CHAPTER);
        StringColumn article = StringColumn.create(ARTICLE);
        IntColumn page = IntColumn.create(PAGE);
        IntColumn line = IntColumn.create(LINE);
        for (CodedText d : documents) {
            for (Evidence e : d.getEvidence()) {
                Location l = e.location();
                doc.append(d.getDocument());
                field.append(e.field());
                label.append(e.label());
                decisive.append(e.decisive());
                term.append(e.term());
                sentence.append(e.sentence());
                where.append(l.toString());
                chapter.append(l.chapterId().isEmpty() ? l.chapter() : l.chapterId());
                article.append(l.articleId().isEmpty() ? l.article() : l.articleId());
                page.append(l.page());
                line.append(l.line());
            }
        }
        return Table.create("evidence", doc, field, label, decisive, term, sentence, where, chapter, article, page,
                line);
    }

    /** Documents per label: {@code field, label, documents} for binding, dispute and validity, labels in a fixed order. */
    public Table labelCounts() {
        StringColumn field = StringColumn.create(FIELD);
        StringColumn label = StringColumn.create(LABEL);
        IntColumn n = IntColumn.create(DOCUMENTS);
        String[][] order = {
            {BINDING, LABEL_BINDING, LABEL_NON_BINDING, LABEL_NOT_SPECIFIED, LABEL_NOT_CODED},
            {DISPUTE, LABEL_ADJUDICATIVE, LABEL_CONSULTATIVE, LABEL_NOT_SPECIFIED, LABEL_NOT_CODED},
            {VALIDITY, LABEL_AUTOMATIC_RENEWAL, LABEL_FIXED_TERM, LABEL_NO_DURATION, LABEL_NOT_SPECIFIED,
                LABEL_NOT_CODED}};
        for (String[] f : order) {
            for (int i = 1; i < f.length; i++) {
                int count = 0;
                for (CodedText d : documents) {
                    String v = switch (f[0]) {
                        case BINDING -> d.getBinding();
                        case DISPUTE -> d.getDispute();
                        default -> d.getValidity();
                    };
                    count += v.equals(f[i]) ? 1 : 0;
                }
                field.append(f[0]);
                label.append(f[i]);
                n.append(count);
            }
        }
        return Table.create("label_counts", field, label, n);
    }

    /** Writes {@link #toTable()} as CSV, all or nothing. */
    public Path saveCsv(Path file) {
        return writeCsv(toTable(), file);
    }

    /** Writes {@link #evidenceTable()} as CSV, all or nothing. */
    public Path saveEvidenceCsv(Path file) {
        return writeCsv(evidenceTable(), file);
    }

    static Path writeCsv(Table t, Path file) {
        return OutputFiles.write(file, os -> t.write().csv(CsvWriteOptions.builder(os).build()));
    }

    private static String sentence(@Nullable Evidence e) {
        return e == null ? "" : e.sentence();
    }

    private static String where(@Nullable Evidence e) {
        return e == null ? "" : e.location().toString();
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (CodedText d : documents) {
            b.append(d).append('\n');
        }
        return b.toString();
    }
}
