/** The fixest formula subset: lexer, parser, R's term expansion, ordering and deparsed names. */
@NullMarked
package org.gvc4j.stats.formula;

import org.jspecify.annotations.NullMarked;
