package org.gvc4j.method.icio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gvc4j.error.InvalidQueryException;
import org.gvc4j.model.Labels;

/**
 * Named exporters that are groups of countries (e.g. EU27), each treated as one exporter: its border is the
 * perimeter, so trade between members is domestic (BM's accounting with s replaced by the set S: L_SS, B_SS,
 * M_S = Σ_{j∉S} A_Sj B_jS). Importers are the countries outside the group. A group of one country is that country.
 *
 * @param names   group names, in row order
 * @param members for each group its 0-based country indices (distinct, non-empty, in the given order)
 */
public record CountryGroups(List<String> names, int[][] members) {

    public CountryGroups {
        names = List.copyOf(names);
        if (names.size() != members.length) {
            throw new IllegalArgumentException(names.size() + " names for " + members.length + " groups");
        }
        if (members.length == 0) {
            throw new InvalidQueryException("no country groups given: name at least one group and its members");
        }
        int[][] copy = new int[members.length][];
        for (int k = 0; k < members.length; k++) {
            copy[k] = Arrays.stream(members[k]).distinct().toArray();
            if (copy[k].length == 0) {
                throw new InvalidQueryException("country group " + names.get(k) + " is empty: give it at least one member");
            }
        }
        members = copy;
    }

    /** Groups by country names (unknown names are errors that list the valid ones). */
    public static CountryGroups of(Map<String, List<String>> groups, Labels labels) {
        List<String> names = new ArrayList<>();
        int[][] members = new int[groups.size()][];
        int k = 0;
        for (Map.Entry<String, List<String>> e : new LinkedHashMap<>(groups).entrySet()) {
            names.add(e.getKey());
            members[k++] = e.getValue().stream().mapToInt(c -> labels.countryIndex(c, "group member")).toArray();
        }
        return new CountryGroups(names, members);
    }

    public int size() {
        return names.size();
    }
}
