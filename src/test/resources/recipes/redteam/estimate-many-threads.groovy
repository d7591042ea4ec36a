// expect-ok
// withThreads(1,000,000) asks the estimator for a million threads; the pool is fixed at the number of processors.
def t = Table.create("d", DoubleColumn.create("y", [1d, 2d, 3d, 5d, 4d, 6d] as double[]),
        DoubleColumn.create("x", [1d, 2d, 3d, 4d, 5d, 6d] as double[]),
        StringColumn.create("g", ["a", "a", "b", "b", "c", "c"] as String[]))
println Estimate.ols(t, "y ~ x | g").withThreads(1_000_000).fit().getNobs()
