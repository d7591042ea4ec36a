package org.gvc4j.dsl;

/**
 * The exports of country groups, each treated as one exporter (trade between members is domestic), summed over the
 * countries outside the group: exporter perspective only (source or sink), so there is no world or self perimeter and
 * no breakdown by origin.
 */
public interface IcioGroupStep extends IcioGroupPairStep {
    /** Only the exports to one importer outside the group. */
    IcioGroupPairStep importer(String importer);

    /** The same, by 1-based country number. */
    IcioGroupPairStep importer(int importer);

    /** The exports to every importer outside the group, one row per pair. */
    IcioGroupPairStep importers();
}
