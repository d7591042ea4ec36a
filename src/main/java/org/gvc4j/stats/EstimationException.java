package org.gvc4j.stats;

import org.gvc4j.error.GvcException;

/**
 * An estimation that cannot be run as asked: bad input data, an outcome the model cannot use, a cluster variable
 * with one level, everything collinear. The message names the column, row or term at fault.
 */
public class EstimationException extends GvcException {
    public EstimationException(String message) {
        super(message);
    }
}
