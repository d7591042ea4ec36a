// expect-run: compiled class missing
// A package statement puts the recipe's classes into another package (here gvc4j's own, hoping for package access);
// the class loader defines them in a separate runtime package and the run stops before any of it executes.
package org.gvc4j.script
println "x"
