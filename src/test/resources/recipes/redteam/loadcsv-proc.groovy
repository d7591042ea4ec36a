// expect-run: read refused
// /proc/self/environ holds the launcher's environment in a language-only run.
println loadCsv("/proc/self/environ")
