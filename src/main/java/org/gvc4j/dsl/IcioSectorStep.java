package org.gvc4j.dsl;

/** Exporter-perspective rows by exporting sector: the sub-terms or the breakdown by origin may follow. */
public interface IcioSectorStep extends IcioOriginStep, IcioTermsStep {
}
