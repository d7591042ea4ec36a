/** The fixest formula subset: lexer, parser, R's term expansion, ordering and deparsed names. */
package org.gvc4j.stats.formula;
