package org.gvc4j.deals.panel;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One targeted trade deal: the fields of the GVC Development Report 2025's Annex 8.2.
 *
 * @param name           the deal's name (unique in a database)
 * @param type           {@code digital} or {@code critical minerals}
 * @param signed         the year of signing
 * @param entryIntoForce the year of entry into force, or null (not in force, or effective on signature and not given)
 * @param composition    {@code bilateral} (exactly two original parties) or {@code plurilateral}
 * @param parties        the original parties (ISO 3166 alpha-3 codes, upper case)
 * @param accessions     parties that joined later, with their year
 * @param binding        {@code binding}, {@code non-binding} or {@code not specified} (as coded from the text)
 * @param textAvailable  whether the text is public, or null when not known
 * @param renewal        the validity: {@code automatic renewal}, {@code fixed term}, {@code no duration} or
 *                       {@code not specified}
 */
public record Deal(String name, String type, int signed, @Nullable Integer entryIntoForce, String composition,
                   List<String> parties, List<Accession> accessions, String binding, @Nullable Boolean textAvailable,
                   String renewal) {

    /** A party that joined after signing, from {@code year} on. */
    public record Accession(String country, int year) {
    }

    public Deal {
        parties = List.copyOf(parties);
        accessions = List.copyOf(accessions);
    }

    /** Whether the deal is coded {@code binding}. */
    public boolean isBinding() {
        return binding.equals("binding");
    }
}
