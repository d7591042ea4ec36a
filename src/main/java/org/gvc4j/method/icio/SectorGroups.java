package org.gvc4j.method.icio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gvc4j.error.InvalidQueryException;
import org.gvc4j.model.Labels;

/**
 * Named groups of exporting sectors (e.g. MANUF = C10…C33). At sector and bilateral level, additive results get one
 * row per group (the sum of its sectors); self perimeters become the group's own perimeter (the exports of all its
 * sectors, a rank-|K| update instead of rank 1). A sector may belong to several groups.
 *
 * @param names   the group names, in row order
 * @param members for each group, its 0-based sector indices (ascending, distinct, non-empty)
 */
public record SectorGroups(List<String> names, int[][] members) {

    public SectorGroups {
        names = List.copyOf(names);
        if (names.size() != members.length) {
            throw new IllegalArgumentException(names.size() + " names for " + members.length + " groups");
        }
        if (members.length == 0) {
            throw new InvalidQueryException("no sector groups given: name at least one group and its members");
        }
        int[][] copy = new int[members.length][];
        for (int k = 0; k < members.length; k++) {
            copy[k] = Arrays.stream(members[k]).sorted().distinct().toArray();
            if (copy[k].length == 0) {
                throw new InvalidQueryException("sector group " + names.get(k) + " is empty: give it at least one member");
            }
        }
        members = copy;
    }

    /** Groups by sector names (resolved against the table's labels; unknown names are errors that list the valid ones). */
    public static SectorGroups of(Map<String, List<String>> groups, Labels labels) {
        List<String> names = new ArrayList<>();
        int[][] members = new int[groups.size()][];
        int k = 0;
        for (Map.Entry<String, List<String>> e : new LinkedHashMap<>(groups).entrySet()) {
            names.add(e.getKey());
            members[k++] = e.getValue().stream().mapToInt(labels::sectorIndex).toArray();
        }
        return new SectorGroups(names, members);
    }

    /** Every sector on its own (the default breakdown), named as in the table. */
    public static SectorGroups each(Labels labels) {
        int[][] members = new int[labels.sectorCount()][];
        for (int i = 0; i < members.length; i++) {
            members[i] = new int[] {i};
        }
        return new SectorGroups(labels.sectors(), members);
    }

    public int size() {
        return names.size();
    }

    /** True if every group is a single sector. */
    public boolean singles() {
        return Arrays.stream(members).allMatch(m -> m.length == 1);
    }
}
