// icio.groovy: the whole Borin-Mancini accounting of one table, as the authors' Stata icio computes it and beyond,
// written as one CSV per combination: icio_<flow>_<level>_<perspective>_<approach>.csv (the naming and key headers of
// the reference files). Value added as the residual X - colSums(Z) and output as given (icio's conventions).
// Run: gvc run scripts/icio.groovy <table-folder> <out-folder>
if (args.size() < 2) {
    throw new IllegalArgumentException("usage: icio.groovy <table-folder> <out-folder>")
}
def io = load(args[0])
def files = save(io.decompose().icio(), args[1])
println "wrote ${files.size()} files to ${args[1]}"
