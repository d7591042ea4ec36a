package org.gvc4j.stats.engine;

import java.util.List;
import org.gvc4j.stats.Model;
import org.gvc4j.stats.VcovType;

/**
 * Everything an estimation produced, as plain numbers; {@link org.gvc4j.stats.Fit} turns it into tables. Arrays are
 * indexed by term (formula order, intercept first); dropped (collinear) terms have NaN. {@code yMean} is the mean of
 * the outcome over the estimation sample (weighted when the fit is weighted); {@code predictor} predicts new data.
 */
public record FitData(
        Model model, String formula, String source, List<String> terms, double[] estimate, double[] stdError,
        double[] statistic, double[] pValue, double[] confLow, double[] confHigh, double[][] vcov, List<String> vcovTerms,
        boolean[] collinear, VcovType vcovType, List<String> clusters, int[] clusterSizes,
        int nData, int nObs, int naRemoved, int perfectFitRemoved, List<String> fixedEffects, int[] fixedEffectSizes,
        int[] fixedEffectRemoved, int nParams, int sscK, double dfT, int iterations, boolean converged,
        double lastChange, int[] demeaningIterations, double level, double criticalValue, double deviance,
        double nullDeviance, double logLik, double nullLogLik, double ssr, double tss, double withinTss,
        double sigma, List<String> notes, int[] rows, double[] fitted, double[] firstStageF,
        FixefValues fixef, double yMean, Predictor predictor) {
}
