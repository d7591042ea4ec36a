package org.gvc4j.deals.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gvc4j.error.GvcException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The deal CSV format (Annex 8.2): read, written back identically, and every error with its line and column. */
class DealDatabaseTest {
    static final String HEADER = "deal,type,signed,entry_into_force,composition,parties,accessions,binding,"
            + "text_available,renewal\n";

    @TempDir
    Path tmp;

    @Test
    void readsAndWritesTheAnnexFields() throws IOException {
        Path f = Files.writeString(tmp.resolve("deals.csv"), HEADER
                + "JPN-SGP digital,digital,2019-03-01,,bilateral,JPN;SGP,,non-binding,yes,fixed term\n"
                + "\"Minerals, partnership\",critical minerals,2021,2022,plurilateral,aus; can ;JPN,KOR:2023;IND:2024,"
                + "binding,,automatic renewal\n");
        DealDatabase db = DealDatabase.read(f);
        assertEquals(2, db.getDeals().size());
        Deal a = db.deal("JPN-SGP digital");
        assertEquals(2019, a.signed());
        assertNull(a.entryIntoForce());
        assertEquals(List.of("JPN", "SGP"), a.parties());
        assertEquals(true, a.textAvailable());
        Deal b = db.deal("Minerals, partnership");
        assertEquals(List.of("AUS", "CAN", "JPN"), b.parties());
        assertEquals(List.of(new Deal.Accession("KOR", 2023), new Deal.Accession("IND", 2024)), b.accessions());
        assertEquals(2022, b.entryIntoForce());
        assertNull(b.textAvailable());
        Path out = db.saveCsv(tmp.resolve("out.csv"));
        assertEquals(db.getDeals(), DealDatabase.read(out).getDeals());
        assertEquals(1, db.ofType("digital").getDeals().size());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "A,digital,2019,,bilateral,JPN;SGP;USA,,binding,yes,fixed term|line 2: a bilateral deal has exactly 2 parties, found 3 (JPN;SGP;USA); use plurilateral",
        "A,trade,2019,,bilateral,JPN;SGP,,binding,yes,fixed term|line 2, column type: \"trade\" is not one of digital, critical minerals",
        "A,digital,19,,bilateral,JPN;SGP,,binding,yes,fixed term|line 2, column signed: \"19\" is not a year (YYYY or YYYY-MM-DD)",
        "A,digital,2019,2018,bilateral,JPN;SGP,,binding,yes,fixed term|line 2: entry into force 2018 is before signing 2019",
        "A,digital,2019,,plurilateral,JPN;SGP,SGP:2020,binding,yes,fixed term|line 2, column accessions: SGP is already a party",
        "A,digital,2019,,plurilateral,JPN;SGP,KOR:2017,binding,yes,fixed term|line 2, column accessions: KOR accedes in 2017, before the deal was signed (2019)",
        "A,digital,2019,,plurilateral,JPN;SGP,KOR,binding,yes,fixed term|line 2, column accessions: \"KOR\" is not CODE:YEAR",
        "A,digital,2019,,bilateral,JPN;Japan and Singapore,,binding,yes,fixed term|line 2, column parties: \"Japan and Singapore\" is not a country code (ISO alpha-3, e.g. JPN)",
        "A,digital,2019,,bilateral,JPN;SGP,,maybe,yes,fixed term|line 2, column binding: \"maybe\" is not one of binding, non-binding, not specified",
        "A,digital,2019,,bilateral,JPN;SGP,,binding,perhaps,fixed term|line 2, column text_available: \"perhaps\" is not yes or no",
        ",digital,2019,,bilateral,JPN;SGP,,binding,yes,fixed term|line 2, column deal: empty",
    })
    void errorsNameTheLineAndColumn(String row, String message) throws IOException {
        Path f = Files.writeString(tmp.resolve("d.csv"), HEADER + row + "\n");
        GvcException e = assertThrows(GvcException.class, () -> DealDatabase.read(f));
        assertEquals(f + " " + message, e.getMessage());
    }

    @Test
    void missingColumnsAndDuplicateDealsAreNamed() throws IOException {
        Path f = Files.writeString(tmp.resolve("d.csv"), "deal,type,signed\nA,digital,2019\n");
        GvcException e = assertThrows(GvcException.class, () -> DealDatabase.read(f));
        assertEquals(f + ": missing column(s) entry_into_force, composition, parties, accessions, binding, "
                + "text_available, renewal (a deal file has deal,type,signed,entry_into_force,composition,parties,"
                + "accessions,binding,text_available,renewal; found deal,type,signed)", e.getMessage());
        Path g = Files.writeString(tmp.resolve("g.csv"), HEADER + "A,digital,2019,,bilateral,JPN;SGP,,,,\n"
                + "A,digital,2020,,bilateral,JPN;KOR,,,,\n");
        e = assertThrows(GvcException.class, () -> DealDatabase.read(g));
        assertEquals(g + " line 3: the deal \"A\" appears twice", e.getMessage());
    }
}
