// expect-ok
// File names inside the output folder are not restricted: a leading dash ("-rf.csv" turns `rm *` into `rm -rf ...`),
// a newline and terminal escape sequences are all accepted (noted in the report; harmless to gvc itself, which
// never prints staged names).
def r = demo().decompose().bm2023().exporters()
save(r, args[0] + "/-rf.csv")
save(r, args[0] + "/two\nlines.csv")
save(r, args[0] + "/\u001b]0;title\u0007.csv")
