// expect: RegressionTable.save (file access
def f = Estimate.ols(demo().decompose().bm2023().exporters().toTable(), "DVA ~ GEXP").fit()
RegressionTable.of(f).save(null)
