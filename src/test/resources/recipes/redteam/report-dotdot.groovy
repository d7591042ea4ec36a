// expect-run: write refused
// A report page named with a NUL-free path that climbs out after normalisation.
report(demo(), args[0] + "/a/../../../r.html")
