package org.gvc4j.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gvc4j.api.PublicSurface;
import org.gvc4j.result.Naming;
import org.junit.jupiter.api.Test;

/**
 * dsl-docs/glossary.md against the column constants and the peers' alias maps, both ways. The classes come from
 * the declared public surface: {@code org.gvc4j.method.Keys} and every {@code *Columns} class on it.
 */
class GlossaryTest {
    static final Pattern TICKED = Pattern.compile("`([^`]+)`");
    /** The peer columns of the glossary table, in order, by naming. */
    static final List<Naming> PEERS = List.of(Naming.GVC_ANALYZER, Naming.ICIO, Naming.EXVATOOLS);

    /**
     * Peers the classic methods reproduce that have no {@link Naming} (decompr; R's measureGVC; the literature's
     * symbols): their maps document names for the recipes and are listed in the Meaning cell, not checked here.
     */
    static final List<String> OTHER_PEERS = List.of("DECOMPR", "MEASURE_GVC", "LITERATURE");

    record Row(String name, Map<Naming, String> peers) {
    }

    static Map<String, Row> glossary() throws Exception {
        Map<String, Row> rows = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(Path.of("dsl-docs/glossary.md"));
        String header = lines.stream().filter(l -> l.startsWith("| Name |")).findFirst().orElseThrow();
        assertEquals("| Name | Meaning | Formula | Unit | Identity | gvcAnalyzer | icio | exvatools |", header);
        for (String l : lines) {
            if (!l.startsWith("| `")) {
                continue;
            }
            String[] c = l.substring(2, l.length() - 2).split(" \\| ", -1);
            assertEquals(8, c.length, "glossary row with " + c.length + " cells: " + l);
            String name = c[0].replace("`", "");
            Map<Naming, String> peers = new HashMap<>();
            for (int i = 0; i < PEERS.size(); i++) {
                peers.put(PEERS.get(i), c[5 + i]);
            }
            assertTrue(rows.put(name, new Row(name, peers)) == null, "two glossary rows for " + name);
        }
        return rows;
    }

    static List<Class<?>> columnClasses() throws Exception {
        List<Class<?>> out = new ArrayList<>();
        for (String n : PublicSurface.classNames()) {
            if (n.endsWith("Columns") && n.startsWith("org.gvc4j.method.") || n.equals("org.gvc4j.method.Keys")) {
                out.add(Class.forName(n));
            }
        }
        assertEquals(14, out.size(), "Keys, the three BM/icio *Columns classes and the ten classic ones on the public "
                + "surface: " + out);
        return out;
    }

    /** Per naming, gvc4j name → the aliases the maps give it. */
    static Map<Naming, Map<String, Set<String>>> aliases() throws Exception {
        Map<Naming, Map<String, Set<String>>> out = new HashMap<>();
        for (Class<?> c : columnClasses()) {
            for (Field f : c.getFields()) {
                if (!Modifier.isStatic(f.getModifiers()) || !Map.class.isAssignableFrom(f.getType())) {
                    continue;
                }
                if (OTHER_PEERS.stream().anyMatch(p -> f.getName().equals(p) || f.getName().startsWith(p + "_"))) {
                    continue; // a peer without a Naming: its names are in the glossary's Meaning cell
                }
                Naming peer = PEERS.stream().filter(p -> f.getName().equals(p.name())
                        || f.getName().startsWith(p.name() + "_")).findFirst()
                        .orElseThrow(() -> new AssertionError(c.getSimpleName() + "." + f.getName()
                                + ": an alias map is named <NAMING>[_<KIND>], NAMING one of " + PEERS + " or "
                                + OTHER_PEERS));
                for (Map.Entry<?, ?> e : ((Map<?, ?>) f.get(null)).entrySet()) {
                    out.computeIfAbsent(peer, k -> new HashMap<>())
                            .computeIfAbsent((String) e.getKey(), k -> new TreeSet<>()).add((String) e.getValue());
                }
            }
        }
        return out;
    }

    @Test
    void everyColumnConstantHasARowAndEveryRowAConstant() throws Exception {
        Set<String> constants = new TreeSet<>();
        for (Class<?> c : columnClasses()) {
            for (Field f : c.getFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                    constants.add((String) f.get(null));
                }
            }
        }
        assertEquals(constants, new TreeSet<>(glossary().keySet()), "column constants vs glossary rows");
    }

    @Test
    void everyPeerAliasIsListedInItsRowAndEveryListedNameIsAnAlias() throws Exception {
        Map<String, Row> rows = glossary();
        Map<Naming, Map<String, Set<String>>> aliases = aliases();
        List<String> bad = new ArrayList<>();
        for (Naming peer : PEERS) {
            for (Map.Entry<String, Set<String>> e : aliases.getOrDefault(peer, Map.of()).entrySet()) {
                Row row = rows.get(e.getKey());
                if (row == null) {
                    bad.add(peer + ": alias of " + e.getKey() + ", which has no glossary row");
                    continue;
                }
                for (String alias : e.getValue()) {
                    if (!row.peers().get(peer).contains("`" + alias + "`")) {
                        bad.add(peer + ": " + e.getKey() + " → " + alias + " is not in the glossary row");
                    }
                }
            }
            for (Row row : rows.values()) {
                Matcher m = TICKED.matcher(row.peers().get(peer));
                while (m.find()) {
                    String listed = m.group(1);
                    boolean ok = listed.equals(row.name()) || aliases.getOrDefault(peer, Map.of())
                            .getOrDefault(row.name(), Set.of()).contains(listed);
                    if (!ok) {
                        bad.add(peer + ": the glossary lists " + listed + " for " + row.name()
                                + ", but no " + peer + " map gives it");
                    }
                }
            }
        }
        assertEquals(List.of(), bad);
        assertTrue(aliases.get(Naming.GVC_ANALYZER).get("position").contains("forward_trade"));
        assertEquals(Set.of("DC"), aliases.get(Naming.ICIO).get("MDC"));
    }
}
