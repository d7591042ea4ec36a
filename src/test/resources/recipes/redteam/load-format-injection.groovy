// expect-run: load
// An unknown format name, in case it is used to pick a class or a file.
println load(args[0], format: "../../../etc/passwd")
